/**
 * The TLP 2.0 picker's rules, as the server applies them (`domain::alert::tlp`,
 * docs/early-warning.md): who each marking reaches, which recipients it takes, and which
 * markings a published alert may change to (the same or less strict, never stricter).
 */
import type { Tlp } from '@/gql/graphql';

/** From least to most strict. */
export const TLP_LEVELS: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED'];

/** TLP:AMBER+STRICT as the standard writes it. */
export function tlpLabel(tlp: Tlp): string {
  return `TLP:${tlp === 'AMBER_STRICT' ? 'AMBER+STRICT' : tlp}`;
}

export function strictness(tlp: Tlp): number {
  return TLP_LEVELS.indexOf(tlp);
}

/** The markings a version may take: all five for a draft; after publication the same or less strict. */
export function markingsAllowed(published: Tlp | null): readonly Tlp[] {
  if (published === null) return TLP_LEVELS;
  return TLP_LEVELS.filter((t) => strictness(t) <= strictness(published));
}

export type RecipientKind = 'organisations' | 'memberStates' | 'accounts';

/** The recipients each marking takes; the others are not sent. */
export function recipientKinds(tlp: Tlp): readonly RecipientKind[] {
  switch (tlp) {
    case 'AMBER':
      return ['organisations', 'memberStates'];
    case 'AMBER_STRICT':
      return ['organisations'];
    case 'RED':
      return ['accounts'];
    default:
      return [];
  }
}

export interface Recipients {
  organisations: readonly string[];
  memberStates: readonly string[];
  accounts: readonly string[];
}

/** What the picker says about a marking and the recipients named. */
export type TlpAudience =
  | { kind: 'everyone' }
  | { kind: 'verifiedOrganisations' }
  | { kind: 'amber'; organisations: readonly string[]; memberStates: readonly string[] }
  | { kind: 'amberStrict'; organisations: readonly string[] }
  | { kind: 'red'; accounts: number }
  /** A marking that needs recipients and has none: nobody but ENISA would see it. */
  | { kind: 'noRecipients'; tlp: Tlp };

/**
 * Who will see an alert so marked (ENISA staff always do). `recipients` hold display names
 * (organisations, member states) or ids (accounts); only the kinds the marking takes count.
 */
export function tlpAudience(tlp: Tlp, recipients: Recipients): TlpAudience {
  switch (tlp) {
    case 'CLEAR':
      return { kind: 'everyone' };
    case 'GREEN':
      return { kind: 'verifiedOrganisations' };
    case 'AMBER':
      return recipients.organisations.length + recipients.memberStates.length === 0
        ? { kind: 'noRecipients', tlp }
        : { kind: 'amber', organisations: recipients.organisations, memberStates: recipients.memberStates };
    case 'AMBER_STRICT':
      return recipients.organisations.length === 0
        ? { kind: 'noRecipients', tlp }
        : { kind: 'amberStrict', organisations: recipients.organisations };
    case 'RED':
      return recipients.accounts.length === 0
        ? { kind: 'noRecipients', tlp }
        : { kind: 'red', accounts: recipients.accounts.length };
  }
}
