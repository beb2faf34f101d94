/**
 * Unsaved edits of the application form, kept in this browser so a reload loses nothing. One
 * entry per application under `cyberhealth.applicationDraft.<application id>` (before the
 * first save: `cyberhealth.applicationDraft.new.<programme id>`), as JSON
 * `{ "version": 1, "baseUpdatedAt": <the draft's updatedAt the edits started from, or null>,
 *    "step": <step>, "draft": <ApplicationDraft> }`.
 * Edits made on top of an older version of the draft than the server's are dropped.
 */
import { local, type KeyValueStorage } from '@/lib/storage';
import {
  APPLICATION_STEPS,
  type ApplicationDraft,
  type ApplicationStep,
  type ImportedSme,
  type ServiceRow,
} from './application-draft';
import { parseSmeInput } from './sme-input';

const LOCAL_EDITS_PREFIX = 'cyberhealth.applicationDraft.';
const VERSION = 1;

export type EditsKey = { applicationId: string } | { programmeId: string };

export function localEditsKey(key: EditsKey): string {
  return 'applicationId' in key
    ? `${LOCAL_EDITS_PREFIX}${key.applicationId}`
    : `${LOCAL_EDITS_PREFIX}new.${key.programmeId}`;
}

interface LocalEdits {
  baseUpdatedAt: string | null;
  step: ApplicationStep;
  draft: ApplicationDraft;
}

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStep(value: unknown): value is ApplicationStep {
  return typeof value === 'string' && (APPLICATION_STEPS as readonly string[]).includes(value);
}

function strings<K extends string>(value: unknown, keys: readonly K[]): Record<K, string> | null {
  if (!isRecord(value)) return null;
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const field = value[key];
    if (typeof field !== 'string') return null;
    out[key] = field;
  }
  return out as Record<K, string>;
}

function parseRow(value: unknown): ServiceRow | null {
  return strings(value, ['key', 'category', 'description', 'estimatedCost'] as const);
}

function parseImported(value: unknown): ImportedSme | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const origin = value['origin'];
  const input = parseSmeInput(value['input']);
  if ((origin !== 'saved' && origin !== 'draft') || !input) return undefined;
  return { origin, input };
}

/** A stored draft, checked field by field; null when anything does not fit. */
function parseDraft(value: unknown): ApplicationDraft | null {
  if (!isRecord(value)) return null;
  const top = strings(value, ['serviceProviderId', 'deMinimisReceivedEur'] as const);
  const sme = strings(value['sme'], ['name', 'periodLabel', 'staff', 'annualTurnover', 'balanceSheetTotal'] as const);
  const rawRows: unknown = value['services'];
  const rowValues: unknown[] | null = Array.isArray(rawRows) ? rawRows : null;
  const rows = rowValues ? rowValues.map(parseRow) : null;
  const source = value['smeSource'];
  const imported = parseImported(value['imported']);
  if (!top || !sme || !rows || rows.some((r) => r === null) || imported === undefined) return null;
  if (source !== 'form' && source !== 'imported') return null;
  if (source === 'imported' && !imported) return null;
  return {
    ...top,
    services: rows.filter((r): r is ServiceRow => r !== null),
    smeSource: source,
    sme,
    imported,
  };
}

export function readLocalEdits(key: EditsKey, storage: KeyValueStorage = local): LocalEdits | null {
  const raw = storage.getItem(localEditsKey(key));
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value['version'] !== VERSION || !isStep(value['step'])) return null;
  const base = value['baseUpdatedAt'];
  if (base !== null && typeof base !== 'string') return null;
  const draft = parseDraft(value['draft']);
  return draft ? { baseUpdatedAt: base, step: value['step'], draft } : null;
}

export function writeLocalEdits(key: EditsKey, edits: LocalEdits, storage: KeyValueStorage = local): void {
  storage.setItem(localEditsKey(key), JSON.stringify({ version: VERSION, ...edits }));
}

export function clearLocalEdits(key: EditsKey, storage: KeyValueStorage = local): void {
  storage.removeItem(localEditsKey(key));
}

/**
 * The edits to resume for a draft whose server version is `updatedAt`: those made on top of that
 * very version; edits of an older version (the draft was saved elsewhere since) are dropped.
 */
export function resumableEdits(
  key: EditsKey,
  updatedAt: string | null,
  storage: KeyValueStorage = local,
): LocalEdits | null {
  const edits = readLocalEdits(key, storage);
  if (!edits) return null;
  if (edits.baseUpdatedAt !== updatedAt) {
    clearLocalEdits(key, storage);
    return null;
  }
  return edits;
}
