import { describe, expect, it } from 'vitest';
import { contentToDraft, draftToInput, emptyDraft, fieldOfPath, parseProduct } from './draft';

const draft = () => ({
  ...emptyDraft(new Date('2026-12-01T10:00:00Z')),
  title: ' Exploited VPN ',
  summary: 'Patch now.',
  body: 'Line one\n\nLine two',
  actions: 'Patch\n\n  Hunt  \n',
  tlp: 'RED' as const,
  recipientOrganisations: ['o1'],
  recipientMemberStates: ['FR'],
  recipientAccounts: 'a1\n\na2\n',
  products: 'ExampleVPN: Gateway\nAcme',
  cves: 'CVE-2026-10001, cve-2026-10002\n',
  indicators: [
    { kind: 'IPV4' as const, value: ' 198.51.100.0/24 ' },
    { kind: 'DOMAIN' as const, value: '  ' },
  ],
});

describe('the editor’s draft as an AlertInput', () => {
  it('splits lines, trims values and sends only the recipients the marking takes', () => {
    const input = draftToInput(draft());
    expect(input.text).toEqual({ title: 'Exploited VPN', summary: 'Patch now.', body: 'Line one\n\nLine two', recommendedActions: ['Patch', 'Hunt'] });
    expect(input.recipients).toEqual({ organisations: [], memberStates: [], accounts: ['a1', 'a2'] });
    expect(input.products).toEqual([{ vendor: 'ExampleVPN', product: 'Gateway' }, { vendor: 'Acme' }]);
    expect(input.cves).toEqual(['CVE-2026-10001', 'cve-2026-10002']);
    expect(input.indicators).toEqual([{ kind: 'IPV4', value: '198.51.100.0/24' }]);
    expect(input.validUntil).toBeUndefined();
  });

  it('sends AMBER’s organisations and member states', () => {
    const input = draftToInput({ ...draft(), tlp: 'AMBER' });
    expect(input.recipients).toEqual({ organisations: ['o1'], memberStates: ['FR'], accounts: [] });
  });

  it('reads a vendor without product, and a product after the first colon', () => {
    expect(parseProduct('Acme')).toEqual({ vendor: 'Acme' });
    expect(parseProduct('Acme: PACS: 3')).toEqual({ vendor: 'Acme', product: 'PACS: 3' });
    expect(parseProduct('Acme:')).toEqual({ vendor: 'Acme' });
  });

  it('gives back the same input for an alert’s content, translations and catalogue links kept', () => {
    const input = draftToInput({ ...draft(), tlp: 'AMBER', validUntil: '2027-01-01T00:00' });
    const content = {
      text: { language: 'en', ...input.text },
      translations: [{ language: 'de', title: 'T', summary: 'S', body: 'B', recommendedActions: ['P', 'H'] }],
      severity: input.severity,
      tlp: input.tlp,
      recipientOrganisations: ['o1'],
      recipientMemberStates: ['FR'],
      recipientAccounts: [],
      memberStates: null,
      healthcareTypes: ['HOSPITAL' as const],
      products: [{ vendor: 'ExampleVPN', product: 'Gateway' }, { vendor: 'Acme', product: null }],
      cves: ['CVE-2026-10001'],
      indicators: [{ kind: 'IPV4' as const, value: '198.51.100.0/24' }],
      catalogueItems: ['c1'],
      validFrom: input.validFrom,
      validUntil: input.validUntil ?? null,
    };
    const again = draftToInput(contentToDraft(content));
    expect(again.text).toEqual(input.text);
    expect(again.recipients).toEqual({ organisations: ['o1'], memberStates: ['FR'], accounts: [] });
    expect(again.products).toEqual(input.products);
    expect(again.healthcareTypes).toEqual(['HOSPITAL']);
    expect(again.translations).toEqual([{ language: 'de', text: { title: 'T', summary: 'S', body: 'B', recommendedActions: ['P', 'H'] } }]);
    expect(again.catalogueItems).toEqual(['c1']);
    expect(again.validFrom).toBe(input.validFrom);
    expect(again.validUntil).toBe(input.validUntil);
  });
});

describe('server field paths → editor fields', () => {
  it.each([
    ['text.title', 'title'],
    ['input.text.body', 'body'],
    ['text.recommendedActions[2]', 'actions'],
    ['recommendedActions[0]', 'actions'],
    ['indicators[2].value', 'indicator-2'],
    ['indicators[0]', 'indicator-0'],
    ['recipients.organisations[0]', 'recipients'],
    ['recipients', 'recipients'],
    ['cves[3]', 'cves'],
    ['memberStates[1]', 'memberStates'],
    ['tlp', 'tlp'],
    ['changeNote', 'changeNote'],
    ['validUntil', 'validUntil'],
  ])('%s → %s', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });

  it('leaves what the editor does not show to the message above the form', () => {
    expect(fieldOfPath('translations[0].text.title')).toBeUndefined();
    expect(fieldOfPath('status')).toBeUndefined();
    expect(fieldOfPath(undefined)).toBeUndefined();
  });
});
