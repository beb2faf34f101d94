/**
 * The directory of verified service providers, as the picker and the pages show it: grouped by
 * member state (names in the UI language), and a chosen provider's name looked up by its id.
 */
import { memberStateName } from '@/lib/member-states';

interface ListedProvider {
  id: string;
  name: string;
  memberState: { code: string; name: string };
}

interface ProviderGroup {
  /** The member state's name in the UI language. */
  memberState: string;
  providers: { id: string; name: string }[];
}

/** Groups sorted by member state name, providers by name within each (in the UI language). */
export function groupByMemberState(providers: readonly ListedProvider[], locale: string): ProviderGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const groups = new Map<string, ProviderGroup>();
  for (const provider of providers) {
    const code = provider.memberState.code;
    let group = groups.get(code);
    if (!group) {
      group = { memberState: memberStateName(code, provider.memberState.name, locale), providers: [] };
      groups.set(code, group);
    }
    group.providers.push({ id: provider.id, name: provider.name });
  }
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.memberState, b.memberState));
  for (const group of sorted) group.providers.sort((a, b) => collator.compare(a.name, b.name));
  return sorted;
}

/** The provider with this id in the directory, with its member state's name; null if absent. */
export function findProvider(
  providers: readonly ListedProvider[],
  id: string,
  locale: string,
): { name: string; memberState: string } | null {
  const found = providers.find((p) => p.id === id);
  if (!found) return null;
  return { name: found.name, memberState: memberStateName(found.memberState.code, found.memberState.name, locale) };
}
