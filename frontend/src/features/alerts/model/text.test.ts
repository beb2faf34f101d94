import { describe, expect, it } from 'vitest';
import { paragraphs, textIn } from './text';
import { awaitingAnswer } from './view';

const en = { language: 'en', title: 'Title', summary: 'S', body: 'B', recommendedActions: [] };
const de = { ...en, language: 'de', title: 'Titel' };

describe('an alert’s text for reading', () => {
  it('is the translation in the reader’s language when there is one, else English', () => {
    expect(textIn(en, [de], 'de').title).toBe('Titel');
    expect(textIn(en, [de], 'de-AT').title).toBe('Titel');
    expect(textIn(en, [de], 'fr').title).toBe('Title');
  });

  it('splits the body into paragraphs at blank lines and keeps line breaks, with markup left as text', () => {
    expect(paragraphs('## What happens\r\n\r\nAttackers <b>exploit</b>\na gateway.\n\n\n- one\n- two\n')).toEqual([
      ['## What happens'],
      ['Attackers <b>exploit</b>', 'a gateway.'],
      ['- one', '- two'],
    ]);
    expect(paragraphs('')).toEqual([]);
  });
});

describe('the count awaiting an answer', () => {
  it('counts published and updated alerts without an answer, not drafts, revoked or answered ones', () => {
    expect(
      awaitingAnswer([
        { status: 'PUBLISHED', myAcknowledgement: null },
        { status: 'UPDATED' },
        { status: 'PUBLISHED', myAcknowledgement: { kind: 'SEEN' } },
        { status: 'REVOKED', myAcknowledgement: null },
        { status: 'DRAFT', myAcknowledgement: null },
      ]),
    ).toBe(2);
  });
});
