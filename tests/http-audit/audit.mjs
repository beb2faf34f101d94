// The official graphql-http audit of our GraphQL over HTTP endpoint (GraphQL over HTTP spec,
// https://graphql.github.io/graphql-over-http/). Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Exits 1 on any error or warning, printing each (notices, the spec's MAYs, are printed only).
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}
const results = await auditServer({ url });
const bad = results.filter((r) => r.status === 'warn' || r.status === 'error');
for (const r of results.filter((r) => r.status === 'notice')) {
  console.log(`notice (a MAY of the spec) ${r.id} ${r.name}: ${r.reason}`);
}
for (const r of bad) {
  console.log(`${r.status.toUpperCase()} ${r.id} ${r.name}: ${r.reason}`);
}
const count = (s) => results.filter((r) => r.status === s).length;
console.log(
  `graphql-http audit: ${count('ok')} ok, ${count('warn')} warnings, ${count('error')} errors of ${results.length}`,
);
process.exit(bad.length === 0 ? 0 : 1);
