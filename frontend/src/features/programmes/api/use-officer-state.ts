import { useQuery } from 'urql';
import { OfficerStateQuery } from './programmes';

/** The logged-in officer's member state (code, name, currency). */
export function useOfficerState() {
  const [result, reexecute] = useQuery({ query: OfficerStateQuery });
  return { ...result, memberState: result.data?.me?.memberState ?? null, reexecute };
}
