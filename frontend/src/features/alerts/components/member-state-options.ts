import { memberStateName } from '@/lib/member-states';
import { MEMBER_STATES } from '../model/filters';

/** The member states as options, named in the UI language and sorted by name. */
export function memberStateOptions(language: string): { value: string; label: string }[] {
  return MEMBER_STATES.map((code) => ({ value: code, label: memberStateName(code, code, language) })).sort((a, b) =>
    a.label.localeCompare(b.label, language),
  );
}
