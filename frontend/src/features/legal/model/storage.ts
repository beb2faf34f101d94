/**
 * Everything the web app keeps in the browser. There are no cookies. Each entry is strictly
 * necessary for something the user asked for (ePrivacy Directive 2002/58/EC, Art. 5(3)), so no
 * consent is asked; the cookie statement lists them from here, and a test fails when the app
 * uses a key that is not listed.
 */
export type StorageId = 'session' | 'sessionExpired' | 'language' | 'smeWizard' | 'smeSaved' | 'applicationDraft';

export interface StorageEntry {
  id: StorageId;
  /** The key, or the prefix of keys that end in an id. */
  key: string;
  prefix: boolean;
  storage: 'localStorage' | 'sessionStorage';
}

export const STORAGE_ENTRIES: readonly StorageEntry[] = [
  { id: 'session', key: 'cyberhealth.session', prefix: false, storage: 'sessionStorage' },
  { id: 'sessionExpired', key: 'cyberhealth.sessionExpired', prefix: false, storage: 'sessionStorage' },
  { id: 'language', key: 'cyberhealth.language', prefix: false, storage: 'localStorage' },
  { id: 'smeWizard', key: 'cyberhealth.sme.wizard', prefix: false, storage: 'localStorage' },
  { id: 'smeSaved', key: 'cyberhealth.sme.savedInput', prefix: false, storage: 'localStorage' },
  { id: 'applicationDraft', key: 'cyberhealth.applicationDraft.', prefix: true, storage: 'localStorage' },
];

/** The entry a key belongs to, if it is listed. */
export function storageEntryOf(key: string): StorageEntry | undefined {
  return STORAGE_ENTRIES.find((entry) => (entry.prefix ? key.startsWith(entry.key) : key === entry.key));
}
