import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './markdown';

describe('safe links', () => {
  it('allow https with a host and mailto only', () => {
    expect(safeHref('https://www.enisa.europa.eu/')).toBe('https://www.enisa.europa.eu/');
    expect(safeHref('mailto:help@enisa.europa.eu')).toBe('mailto:help@enisa.europa.eu');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'http://example.org',
      'data:text/html,x',
      '//evil.example',
      '/relative',
      'https://enisa.europa.eu@evil.example/',
      'https://evil.example/\u202e',
      'https://a b.example',
    ]) {
      expect(safeHref(bad), bad).toBeNull();
    }
  });
});

describe('the Markdown reader', () => {
  it('reads headings, paragraphs, lists and code without any HTML', () => {
    const blocks = parseMarkdown('# Backups\n\nKeep **three** copies.\n\n- one\n- two\n\n```\n<b>x</b>\n```');
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'code']);
    expect(blocks[1]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Keep ' },
        { type: 'strong', children: [{ type: 'text', text: 'three' }] },
        { type: 'text', text: ' copies.' },
      ],
    });
    expect(blocks[3]).toEqual({ type: 'code', text: '<b>x</b>' });
  });

  it('keeps raw HTML as text', () => {
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ type: 'text', text: '<script>alert(1)</script>' }]);
  });

  it('keeps each link’s destination and refuses unsafe ones as links', () => {
    expect(parseInline('[ENISA](https://www.enisa.europa.eu/) and [x](javascript:alert(1))')).toEqual([
      {
        type: 'link',
        href: 'https://www.enisa.europa.eu/',
        destination: 'https://www.enisa.europa.eu/',
        children: [{ type: 'text', text: 'ENISA' }],
      },
      { type: 'text', text: ' and ' },
      { type: 'link', href: null, destination: 'javascript:alert(1', children: [{ type: 'text', text: 'x' }] },
      { type: 'text', text: ')' },
    ]);
  });

  it('reads ordered lists with their start and nested emphasis', () => {
    const [list] = parseMarkdown('3. first *step*\n4. second');
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3 });
    if (list?.type !== 'list') throw new Error('not a list');
    expect(list.items).toHaveLength(2);
  });
});
