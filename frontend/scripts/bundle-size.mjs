#!/usr/bin/env node
// @ts-check
/**
 * Measures what a first visit to the home page downloads: the entry chunk and everything it
 * imports statically, plus the lazily loaded home route and its imports (gzip, level 9).
 * Fails when the first-load JavaScript exceeds the budget. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
/** @type {Record<string, { file: string, imports?: string[], dynamicImports?: string[], css?: string[], isEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

/** @type {Set<string>} */
const js = new Set();
/** @type {Set<string>} */
const css = new Set();
/** @param {string} key */
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || js.has(chunk.file)) return;
  js.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const dep of chunk.imports ?? []) collect(dep);
}
collect('index.html');
collect('src/features/home/routes/home-page.tsx');

/** @param {string} file */
const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(1);

let jsTotal = 0;
for (const file of js) {
  const size = gz(file);
  jsTotal += size;
  console.log(`  ${kb(size).padStart(7)} KB  ${file}`);
}
const cssTotal = [...css].reduce((sum, file) => sum + gz(file), 0);
console.log(`first-load JS: ${kb(jsTotal)} KB gzipped (${js.size} files), CSS: ${kb(cssTotal)} KB gzipped`);
if (jsTotal / 1024 > BUDGET_KB) {
  console.error(`over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
