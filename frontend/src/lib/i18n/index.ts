import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { MailLanguage } from '@/gql/graphql';
import { local, type KeyValueStorage } from '../storage';
import { en, type Messages } from './locales/en';

export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
const DEFAULT_LANGUAGE: Language = 'en';

/** Each language's name in itself: a language switcher must not be translated. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
};

export const LANGUAGE_STORAGE_KEY = 'cyberhealth.language';

/** Non-default locales are split into their own chunks and loaded on demand. */
const loaders: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Messages>>> = {
  de: () => import('./locales/de').then((m) => m.de),
  fr: () => import('./locales/fr').then((m) => m.fr),
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** The stored choice wins; then the browser's preferences by primary subtag; then English. */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

async function loadMessages(language: Language): Promise<Messages> {
  return language === 'en' ? en : loaders[language]();
}

async function ensureLanguage(i18n: I18n, language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await loadMessages(language));
  }
}

interface InitOptions {
  storage?: KeyValueStorage;
  preferred?: readonly string[];
  document?: Document;
}

/**
 * Creates the app's i18next instance with the detected language already loaded, and keeps
 * `<html lang>` and the stored choice in step with every language change.
 */
export async function initI18n(options: InitOptions = {}): Promise<I18n> {
  const storage = options.storage ?? local;
  const doc = options.document ?? document;
  const preferred = options.preferred ?? navigator.languages;
  const language = detectLanguage(storage.getItem(LANGUAGE_STORAGE_KEY), preferred);

  const i18n = createInstance();
  i18n.use(initReactI18next);
  i18n.on('languageChanged', (lng: string) => {
    if (!isLanguage(lng)) return;
    doc.documentElement.lang = lng;
    storage.setItem(LANGUAGE_STORAGE_KEY, lng);
  });
  await i18n.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...SUPPORTED_LANGUAGES],
    resources: { [language]: { translation: await loadMessages(language) }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  doc.documentElement.lang = language;
  return i18n;
}

export async function changeLanguage(i18n: I18n, language: Language): Promise<void> {
  await ensureLanguage(i18n, language);
  await i18n.changeLanguage(language);
}

/** The current language of an instance, narrowed to a supported one. */
export function currentLanguage(i18n: I18n): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}

/** The language of a user's e-mails, from the web app's language. */
export function mailLanguage(language: Language): MailLanguage {
  const byCode: Readonly<Record<Language, MailLanguage>> = { en: 'EN', de: 'DE', fr: 'FR' };
  return byCode[language];
}
