/**
 * What the platform offers under each priority of the action plan, and whether it works today.
 * The home page links what works and marks the rest "coming", so it promises nothing the
 * platform cannot do yet. When a capability ships, give it its page (`to`). The Reserve is
 * for signed-in clinics, authorities, ENISA and providers only: it links to the login.
 */
export type CapabilityId =
  | 'vouchers'
  | 'smeCheck'
  | 'apply'
  | 'catalogue'
  | 'training'
  | 'warnings'
  | 'incidents'
  | 'reserve'
  | 'ransom';

export interface Capability {
  id: CapabilityId;
  /** Where it works; absent while it is coming. */
  to?: string;
}

export type PriorityId = 'prevention' | 'detection' | 'response' | 'deterrence';

export const PRIORITIES: readonly { id: PriorityId; capabilities: readonly Capability[] }[] = [
  {
    id: 'prevention',
    capabilities: [
      { id: 'vouchers', to: '/programmes' },
      { id: 'smeCheck', to: '/sme-check' },
      { id: 'apply', to: '/register' },
      { id: 'catalogue', to: '/catalogue' },
      { id: 'training', to: '/training' },
    ],
  },
  { id: 'detection', capabilities: [{ id: 'warnings', to: '/alerts' }] },
  { id: 'response', capabilities: [{ id: 'incidents', to: '/incidents' }, { id: 'reserve', to: '/login' }] },
  { id: 'deterrence', capabilities: [{ id: 'ransom', to: '/ransom' }] },
];
