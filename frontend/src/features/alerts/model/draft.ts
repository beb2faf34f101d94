/**
 * The editor's state and how it becomes an `AlertInput` (and back, for editing). Lists the
 * editor types as lines (recommended actions, products, CVEs, account ids) are split here; the
 * server validates every value and names the field it refuses (`fieldOfPath`).
 */
import type {
  AlertContentFieldsFragment,
  AlertInput,
  AlertTranslationInput,
  HealthcareType,
  IndicatorKind,
  Severity,
  Tlp,
} from '@/gql/graphql';
import { recipientKinds } from './tlp';

export const INDICATOR_KINDS: readonly IndicatorKind[] = ['IPV4', 'IPV6', 'DOMAIN', 'URL', 'SHA256', 'SHA1', 'MD5', 'EMAIL'];
export const HEALTHCARE_TYPES: readonly HealthcareType[] = ['HOSPITAL', 'CLINIC', 'PRIMARY_CARE', 'LABORATORY', 'OTHER'];

export interface IndicatorRow {
  kind: IndicatorKind;
  value: string;
}

export interface AlertDraft {
  title: string;
  summary: string;
  body: string;
  /** One recommended action per line. */
  actions: string;
  severity: Severity;
  tlp: Tlp;
  recipientOrganisations: string[];
  recipientMemberStates: string[];
  /** Account ids, one per line (TLP:RED). */
  recipientAccounts: string;
  /** Null: all member states. */
  memberStates: string[] | null;
  /** Null: all healthcare types. */
  healthcareTypes: HealthcareType[] | null;
  /** One per line: `Vendor: Product` or `Vendor`. */
  products: string;
  /** CVE ids, one per line (or separated by commas or spaces). */
  cves: string;
  indicators: IndicatorRow[];
  /** `datetime-local` values in the browser's zone. */
  validFrom: string;
  validUntil: string;
  /** Kept as they are: the editor does not change translations or catalogue links. */
  translations: AlertTranslationInput[];
  catalogueItems: string[];
}

function lines(value: string): string[] {
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A `datetime-local` value (wall clock in the browser's zone) as an ISO instant; null if empty or invalid. */
export function localInputToIso(value: string): string | null {
  if (value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a `datetime-local` value in the browser's zone, to the minute. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyDraft(now: Date): AlertDraft {
  return {
    title: '',
    summary: '',
    body: '',
    actions: '',
    severity: 'HIGH',
    tlp: 'GREEN',
    recipientOrganisations: [],
    recipientMemberStates: [],
    recipientAccounts: '',
    memberStates: null,
    healthcareTypes: null,
    products: '',
    cves: '',
    indicators: [],
    validFrom: toLocalInput(now),
    validUntil: '',
    translations: [],
    catalogueItems: [],
  };
}

export function parseProduct(line: string): { vendor: string; product?: string } {
  const at = line.indexOf(':');
  if (at < 0) return { vendor: line.trim() };
  const vendor = line.slice(0, at).trim();
  const product = line.slice(at + 1).trim();
  return product ? { vendor, product } : { vendor };
}

/** The mutation input. Recipients the marking does not take are not sent. */
export function draftToInput(draft: AlertDraft): AlertInput {
  const kinds = recipientKinds(draft.tlp);
  const validUntil = localInputToIso(draft.validUntil);
  return {
    text: {
      title: draft.title.trim(),
      summary: draft.summary.trim(),
      body: draft.body,
      recommendedActions: lines(draft.actions),
    },
    translations: draft.translations,
    severity: draft.severity,
    tlp: draft.tlp,
    recipients: {
      organisations: kinds.includes('organisations') ? draft.recipientOrganisations : [],
      memberStates: kinds.includes('memberStates') ? draft.recipientMemberStates : [],
      accounts: kinds.includes('accounts') ? lines(draft.recipientAccounts) : [],
    },
    memberStates: draft.memberStates,
    healthcareTypes: draft.healthcareTypes,
    products: lines(draft.products).map(parseProduct),
    cves: draft.cves
      .split(/[\s,;]+/)
      .map((c) => c.trim())
      .filter((c) => c !== ''),
    indicators: draft.indicators
      .map((i) => ({ kind: i.kind, value: i.value.trim() }))
      .filter((i) => i.value !== ''),
    catalogueItems: draft.catalogueItems,
    // An unreadable date is sent as entered, so the server names the field.
    validFrom: localInputToIso(draft.validFrom) ?? draft.validFrom,
    ...(validUntil ? { validUntil } : draft.validUntil.trim() ? { validUntil: draft.validUntil } : {}),
  };
}

/** The editor's state for an alert's content (a draft, or the latest version to update). */
export function contentToDraft(content: AlertContentFieldsFragment): AlertDraft {
  return {
    title: content.text.title,
    summary: content.text.summary,
    body: content.text.body,
    actions: content.text.recommendedActions.join('\n'),
    severity: content.severity,
    tlp: content.tlp,
    recipientOrganisations: [...content.recipientOrganisations],
    recipientMemberStates: [...content.recipientMemberStates],
    recipientAccounts: content.recipientAccounts.join('\n'),
    memberStates: content.memberStates ? [...content.memberStates] : null,
    healthcareTypes: content.healthcareTypes ? [...content.healthcareTypes] : null,
    products: content.products.map((p) => (p.product ? `${p.vendor}: ${p.product}` : p.vendor)).join('\n'),
    cves: content.cves.join('\n'),
    indicators: content.indicators.map((i) => ({ kind: i.kind, value: i.value })),
    validFrom: toLocalInput(new Date(content.validFrom)),
    validUntil: content.validUntil ? toLocalInput(new Date(content.validUntil)) : '',
    translations: content.translations.map((t) => ({
      language: t.language,
      text: { title: t.title, summary: t.summary, body: t.body, recommendedActions: [...t.recommendedActions] },
    })),
    catalogueItems: [...content.catalogueItems],
  };
}

/** The editor's fields a server error can name. */
export type EditorField =
  | 'title'
  | 'summary'
  | 'body'
  | 'actions'
  | 'severity'
  | 'tlp'
  | 'recipients'
  | 'memberStates'
  | 'healthcareTypes'
  | 'products'
  | 'cves'
  | `indicator-${number}`
  | 'indicators'
  | 'validFrom'
  | 'validUntil'
  | 'changeNote'
  | 'reason';

/**
 * The editor field for a server field path (`text.title`, `indicators[2].value`,
 * `recipients.organisations[0]`, `cves[3]`, …); undefined for one the editor does not show
 * (e.g. a translation), which is then said above the form.
 */
export function fieldOfPath(path: string | undefined): EditorField | undefined {
  if (!path) return undefined;
  const p = path.replace(/^input\./, '');
  const indicator = /^indicators\[(\d+)\]/.exec(p);
  if (indicator) return `indicator-${Number(indicator[1])}`;
  const head = /^[A-Za-z]+/.exec(p)?.[0];
  switch (head) {
    case 'text': {
      const sub = /^text\.([A-Za-z]+)/.exec(p)?.[1];
      if (sub === 'title' || sub === 'summary' || sub === 'body') return sub;
      return sub === 'recommendedActions' ? 'actions' : undefined;
    }
    case 'recommendedActions':
      return 'actions';
    case 'severity':
    case 'tlp':
    case 'recipients':
    case 'memberStates':
    case 'healthcareTypes':
    case 'products':
    case 'cves':
    case 'indicators':
    case 'validFrom':
    case 'validUntil':
    case 'changeNote':
    case 'reason':
      return head;
    default:
      return undefined;
  }
}
