import { formatNumber } from '@/lib/format';

/** The text in `language`, else English, else the first one given. */
export function pickText(
  texts: readonly { language: string; text: string }[],
  language: string,
): string | undefined {
  return (
    texts.find((t) => t.language === language)?.text ??
    texts.find((t) => t.language === 'en')?.text ??
    texts[0]?.text
  );
}

/** Drops trailing fraction zeros of a plain decimal string: "50.00" → "50", "12.50" → "12.5". */
export function trimDecimalZeros(value: string): string {
  return /^\d+\.\d+$/.test(value) ? value.replace(/\.?0+$/, '') : value;
}

/** A percentage given as a decimal string, e.g. "12.50" → "12.5" (en) or "12,5" (de). */
export function formatPercentNumber(value: string, locale: string): string {
  return formatNumber(trimDecimalZeros(value), locale);
}

