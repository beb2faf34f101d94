import type { TFunction } from 'i18next';
import type { HealthcareType, Nis2Class, ProgrammeRulesFragment, SmeCategory, VoucherStatus } from '@/gql/graphql';
import { formatDate, formatDateTime, formatDeadline, formatList, formatMoney, formatNumber } from '@/lib/format';
import { memberStateName } from '@/lib/member-states';

/** The service categories the UI has names for; an agency's own codes are shown as they are. */
export const SERVICE_CATEGORIES = [
  'RISK_ASSESSMENT',
  'PENETRATION_TESTING',
  'SECURITY_TRAINING',
  'BACKUP_AND_RECOVERY',
  'MONITORING_AND_DETECTION',
  'INCIDENT_RESPONSE_RETAINER',
] as const;
type KnownServiceCategory = (typeof SERVICE_CATEGORIES)[number];

function isKnownServiceCategory(code: string): code is KnownServiceCategory {
  return (SERVICE_CATEGORIES as readonly string[]).includes(code);
}

export function serviceCategoryLabel(t: TFunction, code: string): string {
  return isKnownServiceCategory(code) ? t(`serviceCategory.${code}`) : code;
}

/** A voucher that can still be redeemed (or cancelled). */
export const ACTIVE_VOUCHER: ReadonlySet<VoucherStatus> = new Set(['ISSUED', 'PARTIALLY_REDEEMED']);

/**
 * When a voucher expires: for an active one, a deadline with the time left ("31 Dec 2026, 23:59
 * CET (in 3 months)"); for a used, expired or cancelled one, just the instant.
 */
export function voucherExpiry(voucher: { status: VoucherStatus; expiresAt: string }, now: Date, locale: string): string {
  return ACTIVE_VOUCHER.has(voucher.status)
    ? formatDeadline(voucher.expiresAt, now, locale)
    : formatDateTime(voucher.expiresAt, locale);
}

/** Drops trailing fraction zeros of a plain decimal string: "50.00" → "50", "12.50" → "12.5". */
export function trimDecimalZeros(value: string): string {
  return /^\d+\.\d+$/.test(value) ? value.replace(/\.?0+$/, '') : value;
}

/** A percentage given as a decimal string, in the locale's digits: "12.50" → "12.5" or "12,5". */
export function formatPercent(value: string, locale: string): string {
  return formatNumber(trimDecimalZeros(value), locale);
}

/** A date of a programme's window (whole UTC days). */
export function formatUtcDay(value: string, locale: string): string {
  return formatDate(value, locale, { timeZone: 'UTC' });
}

/** The values the eligibility sentences interpolate, formatted for the UI language. */
export function ruleParams(t: TFunction, programme: ProgrammeRulesFragment, locale: string) {
  const money = (amount: string) => formatMoney(amount, programme.currency, locale);
  return {
    state: memberStateName(programme.memberState.code, programme.memberState.name, locale),
    from: formatUtcDay(programme.opensAt, locale),
    to: formatUtcDay(programme.closesAt, locale),
    categories: formatList(
      programme.smeCategories.map((c: SmeCategory) => t(`smeCategory.${c}`)),
      locale,
    ),
    types: formatList(
      programme.healthcareTypes.map((c: HealthcareType) => t(`healthcareType.${c}`)),
      locale,
    ),
    classes: formatList(
      programme.nis2Classes.map((c: Nis2Class) => t(`nis2Class.${c}`)),
      locale,
    ),
    services: formatList(
      programme.serviceCategories.map((c) => serviceCategoryLabel(t, c)),
      locale,
    ),
    min: money(programme.minVoucher),
    max: money(programme.maxVoucher),
    percent: formatPercent(programme.aidIntensity, locale),
  };
}
