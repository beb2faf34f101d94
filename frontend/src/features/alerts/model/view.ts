/**
 * What the alert view shows, from a published or draft alert's content or from the editor's
 * state (the live preview), so both read the same way.
 */
import type { AlertContentFieldsFragment, AlertStatus, HealthcareType, IndicatorKind, Severity, Tlp } from '@/gql/graphql';
import { draftToInput, localInputToIso, type AlertDraft } from './draft';
import { textIn } from './text';

export interface AlertViewModel {
  title: string;
  summary: string;
  body: string;
  actions: readonly string[];
  severity: Severity;
  tlp: Tlp;
  /** Null: all. */
  memberStates: readonly string[] | null;
  healthcareTypes: readonly HealthcareType[] | null;
  products: readonly { vendor: string; product?: string | null }[];
  cves: readonly string[];
  indicators: readonly { kind: IndicatorKind; value: string }[];
  validFrom: string | null;
  validUntil: string | null;
  /** Whether the text is English because there is no translation into the reader's language. */
  english: boolean;
}

export function contentToView(content: AlertContentFieldsFragment, language: string): AlertViewModel {
  const text = textIn(content.text, content.translations, language);
  return {
    title: text.title,
    summary: text.summary,
    body: text.body,
    actions: text.recommendedActions,
    severity: content.severity,
    tlp: content.tlp,
    memberStates: content.memberStates ?? null,
    healthcareTypes: content.healthcareTypes ?? null,
    products: content.products,
    cves: content.cves,
    indicators: content.indicators,
    validFrom: content.validFrom,
    validUntil: content.validUntil ?? null,
    english: text.language === 'en' && !language.toLowerCase().startsWith('en'),
  };
}

export function draftToView(draft: AlertDraft): AlertViewModel {
  const input = draftToInput(draft);
  return {
    title: input.text.title,
    summary: input.text.summary,
    body: input.text.body,
    actions: input.text.recommendedActions,
    severity: input.severity,
    tlp: input.tlp,
    memberStates: input.memberStates ?? null,
    healthcareTypes: input.healthcareTypes ?? null,
    products: input.products ?? [],
    cves: input.cves ?? [],
    indicators: input.indicators ?? [],
    validFrom: localInputToIso(draft.validFrom),
    validUntil: localInputToIso(draft.validUntil),
    english: false,
  };
}

/** Published or updated, not revoked: the alert takes answers and counts in the badge. */
export function isActive(status: AlertStatus): boolean {
  return status === 'PUBLISHED' || status === 'UPDATED';
}

/** The alerts still awaiting the organisation's answer (the navigation's count). */
export function awaitingAnswer(alerts: readonly { status: AlertStatus; myAcknowledgement?: unknown }[]): number {
  return alerts.filter((a) => isActive(a.status) && !a.myAcknowledgement).length;
}

/** The roles whose organisations answer alerts (`acknowledgeAlert`). */
export const ANSWERING_ROLES = ['PROVIDER_USER', 'SERVICE_PROVIDER', 'AGENCY_OFFICER'] as const;

export function answersAlerts(role: string | undefined): boolean {
  return (ANSWERING_ROLES as readonly string[]).includes(role ?? '');
}
