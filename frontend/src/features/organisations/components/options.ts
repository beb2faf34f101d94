import type { HealthcareType, Nis2Class } from '@/gql/graphql';

export const HEALTHCARE_TYPES = [
  'HOSPITAL',
  'CLINIC',
  'PRIMARY_CARE',
  'LABORATORY',
  'OTHER',
] as const satisfies readonly HealthcareType[];

export const NIS2_CLASSES = [
  'ESSENTIAL',
  'IMPORTANT',
  'NOT_IN_SCOPE',
] as const satisfies readonly Nis2Class[];

export function isHealthcareType(value: string): value is HealthcareType {
  return (HEALTHCARE_TYPES as readonly string[]).includes(value);
}

export function isNis2Class(value: string): value is Nis2Class {
  return (NIS2_CLASSES as readonly string[]).includes(value);
}
