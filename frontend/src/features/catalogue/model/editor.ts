/**
 * The item editor's state, how it is filled from an item's working copy, how it becomes the
 * GraphQL input, and the checks the browser makes before sending (the server checks again
 * and its `VALIDATION` field lands on the same form field).
 */
import type {
  CatalogueItemInput,
  CatalogueItemKind,
  CataloguePriority,
  CatalogueTranslationInput,
  HealthcareType,
  PlaybookPhase,
  SmeCategory,
} from '@/gql/graphql';
import { safeHref } from './markdown';

export const PHASES: readonly PlaybookPhase[] = [
  'PREPARE',
  'DETECT_ANALYSE',
  'CONTAIN',
  'ERADICATE',
  'RECOVER',
  'LESSONS_LEARNED',
];
export const SERVICE_CATEGORIES = [
  'RISK_ASSESSMENT',
  'PENETRATION_TESTING',
  'SECURITY_TRAINING',
  'BACKUP_AND_RECOVERY',
  'MONITORING_AND_DETECTION',
  'INCIDENT_RESPONSE_RETAINER',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

export const BODY_LIMIT_BYTES = 200 * 1024;

export interface LinkRow {
  label: string;
  url: string;
}
export interface StepRow {
  phase: PlaybookPhase;
  title: string;
  instructions: string;
}
export interface EditorState {
  language: string;
  title: string;
  summary: string;
  body: string;
  priorities: CataloguePriority[];
  healthcareTypes: HealthcareType[];
  smeCategories: SmeCategory[];
  topics: string[];
  links: LinkRow[];
  steps: StepRow[];
  categories: ServiceCategory[];
  /** Member states served, ISO codes separated by commas or spaces. */
  memberStates: string;
  /** Languages worked in, ISO 639-1 codes separated by commas or spaces. */
  serviceLanguages: string;
  price: string;
  currency: string;
}

export function emptyEditor(kind: CatalogueItemKind): EditorState {
  return {
    language: 'en',
    title: '',
    summary: '',
    body: '',
    priorities: [],
    healthcareTypes: [],
    smeCategories: [],
    topics: [],
    links: [],
    steps: kind === 'PLAYBOOK' ? [{ phase: 'PREPARE', title: '', instructions: '' }] : [],
    categories: [],
    memberStates: '',
    serviceLanguages: '',
    price: '',
    currency: 'EUR',
  };
}

/** The parts of a content the editor reads. */
export interface ContentLike {
  language: string;
  originalLanguage: string;
  title: string;
  summary: string;
  body: string;
  priorities: readonly CataloguePriority[];
  audience: { healthcareTypes: readonly HealthcareType[]; smeCategories: readonly SmeCategory[] };
  topics: readonly string[];
  links: readonly LinkRow[];
  steps: readonly StepRow[];
  service?: {
    categories: readonly string[];
    memberStates: readonly string[];
    languages: readonly string[];
    indicativePrice: string;
    currency: string;
  } | null;
}

const isCategory = (value: string): value is ServiceCategory =>
  (SERVICE_CATEGORIES as readonly string[]).includes(value);

export function editorFrom(content: ContentLike): EditorState {
  return {
    language: content.language,
    title: content.title,
    summary: content.summary,
    body: content.body,
    priorities: [...content.priorities],
    healthcareTypes: [...content.audience.healthcareTypes],
    smeCategories: [...content.audience.smeCategories],
    topics: [...content.topics],
    links: content.links.map(({ label, url }) => ({ label, url })),
    steps: content.steps.map(({ phase, title, instructions }) => ({ phase, title, instructions })),
    categories: (content.service?.categories ?? []).filter(isCategory),
    memberStates: (content.service?.memberStates ?? []).join(', '),
    serviceLanguages: (content.service?.languages ?? []).join(', '),
    price: content.service?.indicativePrice ?? '',
    currency: content.service?.currency ?? 'EUR',
  };
}

function codes(text: string, upper: boolean): string[] {
  return text
    .split(/[\s,;]+/)
    .map((c) => (upper ? c.toUpperCase() : c.toLowerCase()))
    .filter(Boolean);
}

export function inputOf(kind: CatalogueItemKind, state: EditorState): CatalogueItemInput {
  const input: CatalogueItemInput = {
    language: state.language,
    title: state.title.trim(),
    summary: state.summary.trim(),
    body: state.body,
    priorities: state.priorities,
    healthcareTypes: state.healthcareTypes,
    smeCategories: state.smeCategories,
    topics: state.topics,
    links: state.links.map((l) => ({ label: l.label.trim(), url: l.url.trim() })),
  };
  if (kind === 'PLAYBOOK') input.steps = state.steps;
  if (kind === 'SERVICE') {
    input.service = {
      categories: state.categories,
      memberStates: codes(state.memberStates, true),
      languages: codes(state.serviceLanguages, false),
      indicativePrice: state.price.trim().replace(',', '.'),
      currency: state.currency.trim().toUpperCase(),
    };
  }
  return input;
}

export type EditorProblem =
  | 'required'
  | 'oneLine'
  | 'tooLong'
  | 'unsafeLink'
  | 'choose'
  | 'amount'
  | 'server';

/** Problems the browser sees, keyed by the server's field name (`links[1].url`, …). */
export function checkEditor(kind: CatalogueItemKind, state: EditorState): Record<string, EditorProblem> {
  const problems: Record<string, EditorProblem> = {};
  if (!state.title.trim()) problems['title'] = 'required';
  else if (/[\r\n]/.test(state.title)) problems['title'] = 'oneLine';
  else if ([...state.title.trim()].length > 200) problems['title'] = 'tooLong';
  if (!state.summary.trim()) problems['summary'] = 'required';
  else if ([...state.summary.trim()].length > 1000) problems['summary'] = 'tooLong';
  if (new TextEncoder().encode(state.body).length > BODY_LIMIT_BYTES) problems['body'] = 'tooLong';
  if (state.priorities.length === 0) problems['priorities'] = 'choose';
  state.links.forEach((link, i) => {
    if (!link.label.trim()) problems[`links[${i}].label`] = 'required';
    if (!safeHref(link.url)) problems[`links[${i}].url`] = 'unsafeLink';
  });
  if (kind === 'PLAYBOOK') {
    if (state.steps.length === 0) problems['steps'] = 'required';
    state.steps.forEach((step, i) => {
      if (!step.title.trim()) problems[`steps[${i}].title`] = 'required';
      if (!step.instructions.trim()) problems[`steps[${i}].instructions`] = 'required';
    });
  }
  if (kind === 'SERVICE') {
    if (state.categories.length === 0) problems['service.categories'] = 'choose';
    if (codes(state.memberStates, true).length === 0) problems['service.memberStates'] = 'required';
    if (codes(state.serviceLanguages, false).length === 0) problems['service.languages'] = 'required';
    if (!/^\d+([.,]\d{1,2})?$/.test(state.price.trim()) || Number(state.price.replace(',', '.')) <= 0) {
      problems['service.indicativePrice'] = 'amount';
    }
  }
  return problems;
}

export interface TranslationState {
  title: string;
  summary: string;
  body: string;
  steps: { title: string; instructions: string }[];
}

export function translationInput(state: TranslationState): CatalogueTranslationInput {
  return {
    title: state.title.trim(),
    summary: state.summary.trim(),
    body: state.body,
    steps: state.steps.length > 0 ? state.steps : null,
  };
}

/** The workspace pages of a role: ENISA's catalogue, or a service provider's services. */
export function workspaceBase(role: string | undefined): string {
  return role === 'SERVICE_PROVIDER' ? '/vendor/services' : '/enisa/catalogue';
}
