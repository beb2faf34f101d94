/**
 * An alert's text for reading: the translation in the reader's language if ENISA wrote one,
 * else English; the Markdown body shown as plain-text paragraphs (no HTML is ever built from
 * it: the platform has no Markdown renderer yet, and React escapes text).
 */
export interface AlertTextLike {
  language: string;
  title: string;
  summary: string;
  body: string;
  recommendedActions: readonly string[];
}

export function textIn<T extends AlertTextLike>(english: T, translations: readonly T[], language: string): T {
  const primary = language.split('-')[0]?.toLowerCase() ?? 'en';
  return translations.find((t) => t.language.toLowerCase() === primary) ?? english;
}

/** Paragraphs separated by blank lines; each keeps its line breaks as lines. */
export function paragraphs(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trimEnd()))
    .map((lines) => lines.filter((line, i) => line.trim() !== '' || (i > 0 && i < lines.length - 1)))
    .filter((lines) => lines.length > 0);
}
