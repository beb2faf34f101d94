import type { CreateReserveRequestInput, ReserveMitigationMeasure, ReserveServiceType } from '@/gql/graphql';

export const SERVICE_TYPES = ['TRIAGE', 'FORENSICS', 'CONTAINMENT', 'RECOVERY', 'PREPAREDNESS'] as const satisfies readonly ReserveServiceType[];

export const MITIGATION_MEASURES = [
  'ISOLATED_AFFECTED_SYSTEMS',
  'ACTIVATED_RESPONSE_PLAN',
  'NOTIFIED_CSIRT',
  'PRESERVED_EVIDENCE',
  'RESTORING_FROM_BACKUPS',
  'ENGAGED_OWN_RESPONDER',
] as const satisfies readonly ReserveMitigationMeasure[];

/** The form as typed: service-days are text until parsed. */
export interface RequestFormValues {
  incidentId: string;
  potentialImpact: string;
  plannedUse: string;
  days: Readonly<Record<ReserveServiceType, string>>;
  measuresTaken: readonly ReserveMitigationMeasure[];
  mitigationTaken: string;
  incidentResponseContract: boolean;
  cyberInsurance: boolean;
  otherSupportDetails: string;
  servicesDown: boolean;
  language: string;
}

export const EMPTY_DAYS: Readonly<Record<ReserveServiceType, string>> = {
  TRIAGE: '',
  FORENSICS: '',
  CONTAINMENT: '',
  RECOVERY: '',
  PREPAREDNESS: '',
};

/** Why a form cannot be sent, by field: `estimatedNeed` or `days.<TYPE>`, `potentialImpact`… */
export type FormProblems = Readonly<Record<string, 'required' | 'invalid' | 'tooShort'>>;

const MIN_TEXT = 10;
const MAX_DAYS = 200;

/**
 * The input for `createReserveRequest`, or the problems that stop it: each filled service-days
 * field must be a whole number from 1 to 200, at least one is needed, and the texts need 10
 * characters (the server checks the same and names the field).
 */
export function parseRequestForm(v: RequestFormValues): { input: CreateReserveRequestInput } | { problems: FormProblems } {
  const problems: Record<string, 'required' | 'invalid' | 'tooShort'> = {};
  const estimatedNeed: { service: ReserveServiceType; days: number }[] = [];
  for (const service of SERVICE_TYPES) {
    const raw = v.days[service].trim();
    if (raw === '') continue;
    const days = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) problems[`days.${service}`] = 'invalid';
    else estimatedNeed.push({ service, days });
  }
  if (estimatedNeed.length === 0 && !Object.keys(problems).some((k) => k.startsWith('days.'))) problems['estimatedNeed'] = 'required';
  for (const field of ['potentialImpact', 'plannedUse', 'mitigationTaken'] as const) {
    const text = v[field].trim();
    if (text === '') problems[field] = 'required';
    else if (text.length < MIN_TEXT) problems[field] = 'tooShort';
  }
  if (Object.keys(problems).length > 0) return { problems };
  const details = v.otherSupportDetails.trim();
  return {
    input: {
      incidentId: v.incidentId || null,
      potentialImpact: v.potentialImpact.trim(),
      plannedUse: v.plannedUse.trim(),
      estimatedNeed,
      measuresTaken: [...v.measuresTaken],
      mitigationTaken: v.mitigationTaken.trim(),
      otherSupport: {
        incidentResponseContract: v.incidentResponseContract,
        cyberInsurance: v.cyberInsurance,
        details: details || null,
      },
      servicesDown: v.servicesDown,
      language: v.language || null,
    },
  };
}
