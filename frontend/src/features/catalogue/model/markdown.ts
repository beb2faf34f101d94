/**
 * A small Markdown reader for catalogue texts that gives a tree, never HTML: the page renders
 * the tree as React elements, so no markup from a text ever reaches the DOM. Raw HTML stays
 * text; links keep their destination (shown next to them) and only `https:` and `mailto:`
 * destinations become links. The server refuses unsafe texts already (docs/catalogue.md); this
 * is defence in depth.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'del'; children: Inline[] }
  /** `href` is null when the destination is not a safe URL: then it is shown as text only. */
  | { type: 'link'; href: string | null; destination: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'code'; text: string }
  | { type: 'quote'; children: Block[] }
  | { type: 'rule' };

// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\s\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\\]/;

/** Whether a destination may become a link: `https://host…` without user info, or `mailto:`. */
export function safeHref(destination: string): string | null {
  const url = destination.trim();
  if (url.length === 0 || url.length > 2048 || UNSAFE_CHARACTERS.test(url)) return null;
  if (/^mailto:[^@\s]+@[^@\s]+\.[^@\s]+/i.test(url)) return url;
  const https = /^https:\/\/([^/?#]+)/i.exec(url);
  if (!https?.[1] || https[1].includes('@')) return null;
  return url;
}

const ESCAPABLE = '\\`*_{}[]()#+-.!~<>|';

/** Parses the inline text of one block. */
export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    const rest = source.slice(i);
    if (c === '\\' && i + 1 < source.length && ESCAPABLE.includes(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      const ticks = /^`+/.exec(rest)?.[0] ?? '`';
      const end = source.indexOf(ticks, i + ticks.length);
      if (end > 0) {
        flush();
        out.push({ type: 'code', text: source.slice(i + ticks.length, end).trim() });
        i = end + ticks.length;
        continue;
      }
    }
    const autolink = /^<((?:https|mailto):[^<>\s]+)>/i.exec(rest);
    if (autolink?.[1]) {
      flush();
      out.push({ type: 'link', href: safeHref(autolink[1]), destination: autolink[1], children: [{ type: 'text', text: autolink[1] }] });
      i += autolink[0].length;
      continue;
    }
    if (c === '[' || (c === '!' && source[i + 1] === '[')) {
      const open = c === '!' ? i + 1 : i;
      const close = matchingBracket(source, open);
      if (close > 0 && source[close + 1] === '(') {
        const end = source.indexOf(')', close + 2);
        if (end > 0) {
          const inner = source.slice(close + 2, end).trim();
          const destination = (/^<([^>]*)>/.exec(inner)?.[1] ?? inner.split(/\s+/)[0] ?? '').trim();
          flush();
          out.push({
            type: 'link',
            href: safeHref(destination),
            destination,
            children: parseInline(source.slice(open + 1, close)),
          });
          i = end + 1;
          continue;
        }
      }
    }
    const emphasis = /^(\*\*|__|~~|\*|_)/.exec(rest)?.[1];
    if (emphasis) {
      const end = source.indexOf(emphasis, i + emphasis.length);
      const inner = end > 0 ? source.slice(i + emphasis.length, end) : '';
      const wordInside = emphasis === '_' && /\w/.test(source[i - 1] ?? '');
      if (end > 0 && inner.trim() === inner && inner.length > 0 && !wordInside) {
        flush();
        const children = parseInline(inner);
        const type = emphasis === '~~' ? 'del' : emphasis.length === 2 ? 'strong' : 'em';
        out.push({ type, children });
        i = end + emphasis.length;
        continue;
      }
    }
    text += c;
    i += 1;
  }
  flush();
  return out;
}

function matchingBracket(source: string, open: number): number {
  let depth = 0;
  for (let j = open; j < source.length; j += 1) {
    const ch = source[j];
    if (ch === '\\') j += 1;
    else if (ch === '[') depth += 1;
    else if (ch === ']') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return -1;
}

const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])\s+(.*)$/;

/** Parses a Markdown text into blocks. */
export function parseMarkdown(source: string): Block[] {
  return parseLines(source.replace(/\r\n?/g, '\n').split('\n'));
}

function parseLines(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n').trim()) });
    paragraph = [];
  };
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const fence = /^ {0,3}(```+|~~~+)/.exec(line)?.[1];
    if (fence) {
      endParagraph();
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(fence)) {
        body.push(lines[i] ?? '');
        i += 1;
      }
      blocks.push({ type: 'code', text: body.join('\n') });
      i += 1;
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      i += 1;
      continue;
    }
    const heading = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) {
      endParagraph();
      const level = Math.min(6, heading[1].length) as 1 | 2 | 3 | 4 | 5 | 6;
      blocks.push({ type: 'heading', level, children: parseInline(heading[2] ?? '') });
      i += 1;
      continue;
    }
    if (/^ {0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) {
      endParagraph();
      blocks.push({ type: 'rule' });
      i += 1;
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      endParagraph();
      const quoted: string[] = [];
      while (i < lines.length && /^ {0,3}>/.test(lines[i] ?? '')) {
        quoted.push((lines[i] ?? '').replace(/^ {0,3}> ?/, ''));
        i += 1;
      }
      blocks.push({ type: 'quote', children: parseLines(quoted) });
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item && (paragraph.length === 0 || !/^\d/.test(item[2] ?? ''))) {
      endParagraph();
      const ordered = /^\d/.test(item[2] ?? '');
      const start = ordered ? Number.parseInt(item[2] ?? '1', 10) : 1;
      const items: Block[][] = [];
      while (i < lines.length) {
        const current = LIST_ITEM.exec(lines[i] ?? '');
        if (!current || /^\d/.test(current[2] ?? '') !== ordered) break;
        const indent = (current[1] ?? '').length + (current[2] ?? '').length + 1;
        const body = [current[3] ?? ''];
        i += 1;
        while (i < lines.length) {
          const next = lines[i] ?? '';
          if (next.trim() === '') {
            const following = lines[i + 1] ?? '';
            if (/^\s{2,}\S/.test(following)) {
              body.push('');
              i += 1;
              continue;
            }
            break;
          }
          if (LIST_ITEM.exec(next) && !/^\s{2,}/.test(next)) break;
          body.push(next.replace(new RegExp(`^ {0,${indent}}`), ''));
          i += 1;
        }
        items.push(parseLines(body));
      }
      blocks.push({ type: 'list', ordered, start, items });
      continue;
    }
    paragraph.push(line);
    i += 1;
  }
  endParagraph();
  return blocks;
}
