import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage';
import {
  changeLanguage,
  currentLanguage,
  detectLanguage,
  initI18n,
  LANGUAGE_STORAGE_KEY,
} from './index';
import { de } from './locales/de';
import { en } from './locales/en';
import { fr } from './locales/fr';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const source = flatten(en);

  it.each([
    ['de', de],
    ['fr', fr],
  ])('%s has every key, non-empty, with the same placeholders', (_lng, messages) => {
    const target = flatten(messages);
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
    for (const [key, text] of source) {
      const translated = target.get(key) ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(placeholders(translated), key).toEqual(placeholders(text));
    }
  });
});

describe('detectLanguage', () => {
  it('prefers the stored choice', () => {
    expect(detectLanguage('fr', ['de-DE'])).toBe('fr');
  });
  it('falls back to the browser languages by primary subtag', () => {
    expect(detectLanguage(null, ['nl-BE', 'de-AT', 'en'])).toBe('de');
    expect(detectLanguage('xx', ['FR-ca'])).toBe('fr');
  });
  it('defaults to English', () => {
    expect(detectLanguage(null, ['pl-PL'])).toBe('en');
  });
});

describe('initI18n and changeLanguage', () => {
  it('loads the stored language, updates <html lang> and remembers changes', async () => {
    const storage = memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'de' });
    const i18n = await initI18n({ storage, preferred: ['en'] });
    expect(currentLanguage(i18n)).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(i18n.t('nav.login')).toBe(de.nav.login);

    await changeLanguage(i18n, 'fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    expect(i18n.t('auth.sessionExpired')).toBe(fr.auth.sessionExpired);
  });
});
