/**
 * The SME self-assessment a visitor saved "for my application". It lives in localStorage
 * under `SAVED_SME_INPUT_KEY` as JSON:
 *
 *   { "version": 1, "savedAt": "<RFC 3339>", "input": <SmeAssessmentInput>,
 *     "result": { "category": "SMALL", "isSme": true, "ruleVersion": "…" } | null }
 *
 * `input` is exactly the GraphQL `SmeAssessmentInput` that was checked (decimals as strings),
 * so a later form can send it again with `smeAssessment(input:)` or attach it to an
 * application. Shared code (not the `sme` feature) so that any feature may read it; the `sme`
 * feature re-exports it as its public API.
 */
import type { SmeAssessmentInput, SmeCategory } from '@/gql/graphql';
import { local, type KeyValueStorage } from './storage';

export const SAVED_SME_INPUT_KEY = 'cyberhealth.sme.savedInput';
const VERSION = 1;

export interface SavedSmeResult {
  category: SmeCategory;
  isSme: boolean;
  ruleVersion: string;
}

export interface SavedSmeCheck {
  savedAt: string;
  input: SmeAssessmentInput;
  result: SavedSmeResult | null;
}

type Json = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const KINDS: readonly string[] = ['ENTERPRISE', 'NATURAL_PERSON', 'PUBLIC_BODY', 'EXEMPT_INVESTOR'];
const CATEGORIES: readonly SmeCategory[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

function isCategory(value: unknown): value is SmeCategory {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

function isEnterprise(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value['id'] === 'string' &&
    typeof value['name'] === 'string' &&
    typeof value['kind'] === 'string' &&
    KINDS.includes(value['kind']) &&
    (value['periods'] === undefined || Array.isArray(value['periods']))
  );
}

function isHolding(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value['holder'] === 'string' &&
    typeof value['held'] === 'string' &&
    typeof value['capitalPercent'] === 'string' &&
    typeof value['votingPercent'] === 'string'
  );
}

/** Whether a parsed value has the shape of an `SmeAssessmentInput` (the parts a form relies on). */
export function isSmeAssessmentInput(value: unknown): value is SmeAssessmentInput {
  if (!isRecord(value) || typeof value['applicant'] !== 'string') return false;
  const enterprises: unknown = value['enterprises'];
  const holdings: unknown = value['holdings'];
  if (!Array.isArray(enterprises) || !(holdings === undefined || Array.isArray(holdings))) return false;
  const parties: unknown[] = enterprises;
  const links: unknown[] = Array.isArray(holdings) ? holdings : [];
  const previous: unknown = value['previousCategory'];
  return (
    parties.every(isEnterprise) &&
    parties.some((p) => isRecord(p) && p['id'] === value['applicant']) &&
    links.every(isHolding) &&
    (previous === undefined || previous === null || isCategory(previous))
  );
}

function parseResult(value: unknown): SavedSmeResult | null {
  if (
    isRecord(value) &&
    isCategory(value['category']) &&
    typeof value['isSme'] === 'boolean' &&
    typeof value['ruleVersion'] === 'string'
  ) {
    return { category: value['category'], isSme: value['isSme'], ruleVersion: value['ruleVersion'] };
  }
  return null;
}

/** Saves the checked input (and the result it gave) for a later application. */
export function saveSmeInput(
  input: SmeAssessmentInput,
  result: SavedSmeResult | null,
  storage: KeyValueStorage = local,
  now: Date = new Date(),
): SavedSmeCheck {
  const saved: SavedSmeCheck = { savedAt: now.toISOString(), input, result };
  storage.setItem(SAVED_SME_INPUT_KEY, JSON.stringify({ version: VERSION, ...saved }));
  return saved;
}

function readStored(storage: KeyValueStorage): unknown {
  const raw = storage.getItem(SAVED_SME_INPUT_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** The saved check with its date and result, or null when none is saved or it is unreadable. */
export function loadSavedSmeCheck(storage: KeyValueStorage = local): SavedSmeCheck | null {
  const data = readStored(storage);
  if (!isRecord(data) || data['version'] !== VERSION || typeof data['savedAt'] !== 'string') return null;
  const input: unknown = data['input'];
  if (!isSmeAssessmentInput(input)) return null;
  return { savedAt: data['savedAt'], input, result: parseResult(data['result']) };
}

/**
 * The saved `SmeAssessmentInput`, or null. This is the one reader of the saved input: besides
 * the envelope `saveSmeInput` writes it accepts a bare `SmeAssessmentInput` under the key.
 */
export function loadSavedSmeInput(storage: KeyValueStorage = local): SmeAssessmentInput | null {
  const data = readStored(storage);
  if (isRecord(data) && 'applicant' in data) return isSmeAssessmentInput(data) ? data : null;
  return loadSavedSmeCheck(storage)?.input ?? null;
}

export function clearSavedSmeInput(storage: KeyValueStorage = local): void {
  storage.removeItem(SAVED_SME_INPUT_KEY);
}
