import { describe, expect, it } from 'vitest';
import { markingsAllowed, recipientKinds, tlpAudience, tlpLabel } from './tlp';

const none = { organisations: [], memberStates: [], accounts: [] };

describe('the TLP picker’s explanation of who will see an alert', () => {
  it('says CLEAR is everyone and GREEN every verified organisation, whatever recipients were named', () => {
    expect(tlpAudience('CLEAR', { ...none, organisations: ['Klinikum'] })).toEqual({ kind: 'everyone' });
    expect(tlpAudience('GREEN', none)).toEqual({ kind: 'verifiedOrganisations' });
  });

  it('names the organisations and member states of an AMBER alert', () => {
    expect(tlpAudience('AMBER', { organisations: ['Klinikum Mitte'], memberStates: ['France'], accounts: ['ignored'] })).toEqual({
      kind: 'amber',
      organisations: ['Klinikum Mitte'],
      memberStates: ['France'],
    });
  });

  it('counts only organisations for AMBER+STRICT and only accounts for RED', () => {
    expect(tlpAudience('AMBER_STRICT', { organisations: ['A'], memberStates: ['France'], accounts: [] })).toEqual({
      kind: 'amberStrict',
      organisations: ['A'],
    });
    expect(tlpAudience('AMBER_STRICT', { ...none, memberStates: ['France'] })).toEqual({ kind: 'noRecipients', tlp: 'AMBER_STRICT' });
    expect(tlpAudience('RED', { ...none, accounts: ['a1', 'a2'] })).toEqual({ kind: 'red', accounts: 2 });
    expect(tlpAudience('RED', { ...none, organisations: ['A'] })).toEqual({ kind: 'noRecipients', tlp: 'RED' });
  });

  it('warns that AMBER without recipients reaches nobody', () => {
    expect(tlpAudience('AMBER', none)).toEqual({ kind: 'noRecipients', tlp: 'AMBER' });
  });

  it('offers every marking for a draft and only the same or less strict after publication', () => {
    expect(markingsAllowed(null)).toEqual(['CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED']);
    expect(markingsAllowed('AMBER')).toEqual(['CLEAR', 'GREEN', 'AMBER']);
    expect(markingsAllowed('CLEAR')).toEqual(['CLEAR']);
  });

  it('takes the recipients each marking uses, as the server does', () => {
    expect(recipientKinds('GREEN')).toEqual([]);
    expect(recipientKinds('AMBER')).toEqual(['organisations', 'memberStates']);
    expect(recipientKinds('AMBER_STRICT')).toEqual(['organisations']);
    expect(recipientKinds('RED')).toEqual(['accounts']);
  });

  it('writes the marking as TLP 2.0 does', () => {
    expect(tlpLabel('AMBER_STRICT')).toBe('TLP:AMBER+STRICT');
    expect(tlpLabel('CLEAR')).toBe('TLP:CLEAR');
  });
});
