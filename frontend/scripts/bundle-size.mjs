#!/usr/bin/env node
// @ts-check
/**
 * Measures what a first visit downloads, compressed as the server sends it (the build's `.br`
 * files; gzip shown too): `index.html`, the entry chunk and everything it imports statically,
 * the CSS, and the lazily loaded page with its imports, for the home page and the login page.
 * Fails when either first load is over the budget. Run after `npm run build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const BUDGET_KB = 180;
const DIST = fileURLToPath(new URL('../dist', import.meta.url));
const PAGES = {
  '/': 'src/features/home/routes/home-page.tsx',
  '/login': 'src/features/auth/routes/login-page.tsx',
};
/** @type {Record<string, { file: string, imports?: string[], css?: string[] }>} */
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

/** @param {string} file */
function sizes(file) {
  const content = readFileSync(join(DIST, file));
  const br = existsSync(join(DIST, `${file}.br`)) ? readFileSync(join(DIST, `${file}.br`)).length : brotliCompressSync(content).length;
  return { br, gz: gzipSync(content, { level: 9 }).length };
}

/** @param {string} key @param {Set<string>} files */
function collect(key, files) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const dep of chunk.imports ?? []) collect(dep, files);
}

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);
let failed = false;
for (const [path, route] of Object.entries(PAGES)) {
  const files = new Set(['index.html']);
  collect('index.html', files);
  collect(route, files);
  let br = 0;
  let gz = 0;
  console.log(`first visit to ${path}:`);
  for (const file of files) {
    const size = sizes(file);
    br += size.br;
    gz += size.gz;
    console.log(`  ${kb(size.br).padStart(7)} KB br  ${kb(size.gz).padStart(7)} KB gz  ${file}`);
  }
  console.log(`  ${kb(br).padStart(7)} KB br  ${kb(gz).padStart(7)} KB gz  total (${files.size} files; budget ${BUDGET_KB} KB)`);
  if (br / 1024 > BUDGET_KB) {
    console.error(`the first visit to ${path} is over the ${BUDGET_KB} KB budget`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
