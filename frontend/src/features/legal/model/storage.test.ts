import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storageEntryOf, STORAGE_ENTRIES } from './storage';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the browser storage the cookie statement lists', () => {
  it('covers every storage key the app uses', () => {
    const used = new Map<string, string>();
    for (const file of sources(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['"`](cyberhealth\.[A-Za-z.]+)['"`]/g)) {
        if (match[1]) used.set(match[1], relative(SRC, file));
      }
    }
    // The session, the language and the SME keys at least: the scan finds real keys.
    expect(used.size).toBeGreaterThanOrEqual(5);
    const unlisted = [...used].filter(([key]) => !storageEntryOf(key)).map(([key, file]) => `${key} (${file})`);
    expect(unlisted).toEqual([]);
  });

  it('lists each key once', () => {
    const keys = STORAGE_ENTRIES.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('matches keys that end in an id by their prefix only', () => {
    expect(storageEntryOf('cyberhealth.applicationDraft.new.p1')?.id).toBe('applicationDraft');
    expect(storageEntryOf('cyberhealth.session')?.id).toBe('session');
    expect(storageEntryOf('cyberhealth.session.extra')).toBeUndefined();
  });
});
