/**
 * What each workspace offers besides its own menu: public pages that serve the role today, and
 * what is coming. A workspace whose own services do not exist yet (ENISA staff) still says what
 * its users can do now and links to it.
 */
import type { Role } from '@/gql/graphql';

export type ExtraTask = 'programmes' | 'smeCheck' | 'contact';
export type ComingService =
  | 'catalogue'
  | 'warnings'
  | 'reserveTriage'
  | 'statistics'
  | 'reserveEngagements'
  | 'incidents'
  | 'ransom'
  | 'reserveRequests'
  | 'training';

const EXTRA_PATHS: Readonly<Record<ExtraTask, string>> = {
  programmes: '/programmes',
  smeCheck: '/sme-check',
  contact: '/contact',
};

export interface WorkspaceOffer {
  /** Public pages this role uses today, with their paths. */
  extra: readonly { id: ExtraTask; to: string }[];
  coming: readonly ComingService[];
}

const extra = (...ids: ExtraTask[]) => ids.map((id) => ({ id, to: EXTRA_PATHS[id] }));

export const WORKSPACE_OFFERS: Readonly<Record<Role, WorkspaceOffer>> = {
  PLATFORM_ADMIN: { extra: [], coming: [] },
  ENISA_STAFF: {
    extra: extra('programmes', 'smeCheck', 'contact'),
    coming: [],
  },
  AGENCY_OFFICER: { extra: [], coming: [] },
  PROVIDER_USER: { extra: extra('smeCheck', 'contact'), coming: ['training'] },
  SERVICE_PROVIDER: { extra: extra('programmes', 'contact'), coming: [] },
  AUTHORITY_OFFICER: { extra: extra('contact'), coming: [] },
};
