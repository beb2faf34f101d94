/**
 * Member State names in the UI language. The EU writes Greece as "EL" where ISO 3166 has "GR";
 * Intl.DisplayNames knows only the ISO code.
 */
const ISO_REGION: Readonly<Record<string, string>> = { EL: 'GR' };

export function memberStateName(code: string, fallback: string, locale: string): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(
      ISO_REGION[code] ?? code,
    );
    return name ?? fallback;
  } catch {
    return fallback;
  }
}
