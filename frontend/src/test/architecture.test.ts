/**
 * One-way imports (bulletproof-react): app → features → shared (components, lib, gql, styles).
 * A feature never imports another feature or the app; shared code imports neither.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

type Layer = { kind: 'app' } | { kind: 'feature'; name: string } | { kind: 'shared' };

function layerOf(path: string): Layer {
  const [top, second] = relative(SRC, path).split(/[\\/]/);
  if (top === 'app' || top === 'main.tsx') return { kind: 'app' };
  if (top === 'features' && second) return { kind: 'feature', name: second };
  return { kind: 'shared' };
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? '');
  return specs.flatMap((spec) => {
    if (spec.startsWith('@/')) return [join(SRC, spec.slice(2))];
    if (spec.startsWith('.')) return [resolve(dirname(file), spec)];
    return [];
  });
}

function violation(from: Layer, to: Layer): boolean {
  if (from.kind === 'app') return false;
  if (to.kind === 'app') return true;
  if (from.kind === 'shared') return to.kind === 'feature';
  return to.kind === 'feature' && to.name !== from.name;
}

describe('architecture', () => {
  const files = sourceFiles(SRC);

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps imports one-way', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const target of importsOf(file)) {
        if (violation(layerOf(file), layerOf(target))) {
          problems.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses no `any`', () => {
    const pattern = new RegExp(String.raw`(:\s*any\b|as\s+any\b|<any>|\bany\[\])`);
    const self = fileURLToPath(import.meta.url);
    const offenders = files.filter(
      (file) => file !== self && pattern.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});
