/**
 * The public catalogue's view as a URL: the search text, the facet filters and the page are
 * all in the query string, so a shared link reproduces the view.
 */
import type { CatalogueFilter, CatalogueItemKind, CataloguePriority, HealthcareType } from '@/gql/graphql';

export const KINDS: readonly CatalogueItemKind[] = [
  'GUIDELINE',
  'TOOL',
  'PLAYBOOK',
  'PROCUREMENT_GUIDANCE',
  'TRAINING_COURSE',
  'SERVICE',
];
export const PRIORITIES: readonly CataloguePriority[] = ['PREVENTION', 'DETECTION', 'RESPONSE_RECOVERY', 'DETERRENCE'];
export const AUDIENCES: readonly HealthcareType[] = ['HOSPITAL', 'CLINIC', 'PRIMARY_CARE', 'LABORATORY', 'OTHER'];

export interface SearchState {
  text: string;
  kinds: CatalogueItemKind[];
  priorities: CataloguePriority[];
  languages: string[];
  topics: string[];
  audience: HealthcareType[];
  /** The cursor the page starts after; null for the first page. */
  after: string | null;
}

/** The URL parameter of each facet (`kind=PLAYBOOK&kind=TOOL`). */
export const FACET_PARAMS = {
  kind: 'kinds',
  priority: 'priorities',
  language: 'languages',
  topic: 'topics',
  audience: 'audience',
} as const;
export type FacetName = keyof typeof FACET_PARAMS;

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: string): value is T =>
    (allowed as readonly string[]).includes(value);
const CODE = /^[a-z0-9-]{2,48}$/;

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Reads the view from a query string; unknown values are dropped, never sent to the server. */
export function readSearch(params: URLSearchParams): SearchState {
  return {
    text: (params.get('q') ?? '').slice(0, 200),
    kinds: unique(params.getAll('kind').filter(oneOf(KINDS))),
    priorities: unique(params.getAll('priority').filter(oneOf(PRIORITIES))),
    languages: unique(params.getAll('language').filter((v) => /^[a-z]{2}$/.test(v))),
    topics: unique(params.getAll('topic').filter((v) => CODE.test(v))),
    audience: unique(params.getAll('audience').filter(oneOf(AUDIENCES))),
    after: params.get('after') || null,
  };
}

/** Writes the view as a query string, in a stable order (the same view gives the same link). */
export function writeSearch(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const text = state.text.trim();
  if (text) params.set('q', text);
  const add = (name: string, values: readonly string[]) => {
    for (const value of [...values].sort()) params.append(name, value);
  };
  add('kind', state.kinds);
  add('priority', state.priorities);
  add('language', state.languages);
  add('topic', state.topics);
  add('audience', state.audience);
  if (state.after) params.set('after', state.after);
  return params;
}

/** Turns one facet value on or off; any change of the filters starts again at the first page. */
export function toggleFacet(state: SearchState, facet: FacetName, value: string): SearchState {
  const key = FACET_PARAMS[facet];
  const current: readonly string[] = state[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...readSearch(writeSearch({ ...state, [key]: next })), after: null };
}

/** The GraphQL filter of a view. */
export function filterOf(state: SearchState): CatalogueFilter {
  return {
    kinds: state.kinds,
    priorities: state.priorities,
    languages: state.languages,
    topics: state.topics,
    audience: state.audience,
  };
}

/** Whether a facet value is selected in a view. */
export function isSelected(state: SearchState, facet: FacetName, value: string): boolean {
  const values: readonly string[] = state[FACET_PARAMS[facet]];
  return values.includes(value);
}
