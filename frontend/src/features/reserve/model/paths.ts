import type { Role } from '@/gql/graphql';

/** Where each role's Reserve pages live. */
export const RESERVE_BASE: Partial<Readonly<Record<Role, string>>> = {
  PROVIDER_USER: '/provider/reserve',
  AUTHORITY_OFFICER: '/authority/reserve',
  ENISA_STAFF: '/enisa/reserve',
  SERVICE_PROVIDER: '/vendor/reserve',
};

export function reserveBase(role: Role | undefined): string {
  return (role && RESERVE_BASE[role]) ?? '/provider/reserve';
}
