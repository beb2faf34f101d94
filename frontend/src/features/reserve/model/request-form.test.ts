import { describe, expect, it } from 'vitest';
import { EMPTY_DAYS, parseRequestForm, type RequestFormValues } from './request-form';

const valid: RequestFormValues = {
  incidentId: 'i1',
  potentialImpact: 'Emergency admissions diverted.',
  plannedUse: 'Forensic triage of the PACS.',
  days: { ...EMPTY_DAYS, TRIAGE: '3', FORENSICS: ' 2 ' },
  measuresTaken: ['NOTIFIED_CSIRT'],
  mitigationTaken: 'Network segmented, VPN reset.',
  incidentResponseContract: false,
  cyberInsurance: true,
  otherSupportDetails: '',
  servicesDown: true,
  language: 'de',
};

describe('the request form', () => {
  it('sends only the service types with days, as numbers', () => {
    const result = parseRequestForm(valid);
    expect('input' in result && result.input.estimatedNeed).toEqual([
      { service: 'TRIAGE', days: 3 },
      { service: 'FORENSICS', days: 2 },
    ]);
    expect('input' in result && result.input.otherSupport.details).toBeNull();
  });

  it.each(['0', '-1', '1.5', 'two', '201'])('refuses %j service-days, naming the type', (days) => {
    const result = parseRequestForm({ ...valid, days: { ...EMPTY_DAYS, CONTAINMENT: days } });
    expect('problems' in result && result.problems).toEqual({ 'days.CONTAINMENT': 'invalid' });
  });

  it('needs at least one service type', () => {
    const result = parseRequestForm({ ...valid, days: EMPTY_DAYS });
    expect('problems' in result && result.problems['estimatedNeed']).toBe('required');
  });

  it('needs the texts, ten characters at least', () => {
    const result = parseRequestForm({ ...valid, plannedUse: 'short', mitigationTaken: ' ' });
    expect('problems' in result && result.problems).toEqual({ plannedUse: 'tooShort', mitigationTaken: 'required' });
  });
});
