/**
 * Maps GraphQL errors to typed application errors. The UI branches on `extensions.code`
 * (a closed set agreed with the server), never on message text, and shows its own
 * translated messages.
 */
import type { TFunction } from 'i18next';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'INVALID_STATE_TRANSITION',
  'RATE_LIMITED',
  'INTERNAL',
  'NOT_ELIGIBLE',
  'INSUFFICIENT_FUNDS',
  'INSUFFICIENT_CAPACITY',
] as const;

type ErrorCode = (typeof ERROR_CODES)[number];

/** A server code, or a failure that never reached GraphQL (NETWORK), or an unknown code. */
type ErrorKind = ErrorCode | 'NETWORK' | 'UNKNOWN';

export interface AppError {
  kind: ErrorKind;
  /** For VALIDATION (and possibly CONFLICT): the input field, last path segment only. */
  field?: string;
  /** For INTERNAL: the id that support can look up in the server logs. */
  correlationId?: string;
}

/** The parts of urql's CombinedError this module reads. */
export interface GraphqlErrorLike {
  graphQLErrors: readonly { extensions?: Readonly<Record<string, unknown>> | undefined }[];
  networkError?: Error | undefined;
  response?: unknown;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The field an error names, as the last segment of its path: "input.registrationId",
 * ["input", "registrationId"] and "registrationId" all give "registrationId";
 * "items[2].name" gives "name".
 */
export function fieldName(raw: unknown): string | undefined {
  let path: string | undefined;
  if (typeof raw === 'string') {
    path = raw;
  } else if (Array.isArray(raw)) {
    const segments: unknown[] = raw;
    const last = segments.filter((s): s is string => typeof s === 'string').at(-1);
    path = last;
  }
  if (!path) return undefined;
  const segment = path
    .split('.')
    .at(-1)
    ?.replace(/\[\d*\]$/, '')
    .trim();
  return segment ? segment : undefined;
}

function httpStatus(response: unknown): number | undefined {
  if (typeof response === 'object' && response !== null && 'status' in response) {
    const { status } = response;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

function fromExtensions(extensions: Readonly<Record<string, unknown>> | undefined): AppError {
  const code = extensions?.['code'];
  const kind: ErrorKind = isErrorCode(code) ? code : 'UNKNOWN';
  const error: AppError = { kind };
  const field = fieldName(extensions?.['field']);
  if (field) error.field = field;
  const correlationId = extensions?.['correlationId'];
  if (typeof correlationId === 'string' && correlationId) error.correlationId = correlationId;
  return error;
}

/** Every error in a result, in order. */
export function mapErrors(error: GraphqlErrorLike): AppError[] {
  if (error.graphQLErrors.length > 0) {
    return error.graphQLErrors.map((e) => fromExtensions(e.extensions));
  }
  const status = httpStatus(error.response);
  if (status === 401) return [{ kind: 'UNAUTHENTICATED' }];
  if (status === 403) return [{ kind: 'FORBIDDEN' }];
  if (status === 429) return [{ kind: 'RATE_LIMITED' }];
  if (status !== undefined && status >= 500) return [{ kind: 'INTERNAL' }];
  return [{ kind: error.networkError ? 'NETWORK' : 'UNKNOWN' }];
}

/** The error that decides what the UI shows: the first one. */
export function mapError(error: GraphqlErrorLike): AppError {
  return mapErrors(error)[0] ?? { kind: 'UNKNOWN' };
}

export function hasErrorKind(error: GraphqlErrorLike, kind: ErrorKind): boolean {
  return mapErrors(error).some((e) => e.kind === kind);
}

/** VALIDATION (and CONFLICT) errors that name a field, keyed by that field; first one wins. */
export function fieldErrors(errors: readonly AppError[]): Readonly<Record<string, AppError>> {
  const byField: Record<string, AppError> = {};
  for (const error of errors) {
    if (error.field && !(error.field in byField)) byField[error.field] = error;
  }
  return byField;
}

/** The translated, user-facing sentence for an error. */
export function errorMessage(t: TFunction, error: AppError): string {
  const message = t(`errors.${error.kind}`);
  if (error.kind === 'INTERNAL' && error.correlationId) {
    return `${message} ${t('errors.reference', { correlationId: error.correlationId })}`;
  }
  return message;
}

/** The translated message shown next to a field. */
export function fieldErrorMessage(t: TFunction, error: AppError): string {
  if (error.kind === 'CONFLICT') return t('errors.fieldTaken');
  return t('errors.fieldInvalid');
}

/**
 * The full input path an error names, without a leading "input." segment:
 * "input.names[0].text" and ["input", "names[0]", "text"] give "names[0].text". For forms that
 * must tell `names[0].text` from `descriptions[0].text` (the last segment alone cannot).
 */
export function fieldPath(raw: unknown): string | undefined {
  let path: string | undefined;
  if (typeof raw === 'string') {
    path = raw;
  } else if (Array.isArray(raw)) {
    const segments: unknown[] = raw;
    path = segments
      .map((s) => (typeof s === 'number' ? `[${s}]` : typeof s === 'string' ? `.${s}` : ''))
      .join('')
      .replace(/^\./, '');
  }
  const trimmed = path?.trim().replace(/^input\./, '');
  return trimmed ? trimmed : undefined;
}

/** Each error's code and full field path (see `fieldPath`), in order. */
export function mapErrorPaths(error: GraphqlErrorLike): { error: AppError; path?: string }[] {
  const errors = mapErrors(error);
  return errors.map((appError, index) => {
    const path = fieldPath(error.graphQLErrors[index]?.extensions?.['field']);
    return path ? { error: appError, path } : { error: appError };
  });
}

/**
 * The error of a REST answer (`{"errors":[{"extensions":{"code","field"}}]}`), by its code; an
 * answer without one by its HTTP status. Never by the message text.
 */
export async function restError(response: Response): Promise<AppError> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)) {
      const first: unknown = body.errors[0];
      if (typeof first === 'object' && first !== null && 'extensions' in first) {
        const ext = first.extensions;
        if (typeof ext === 'object' && ext !== null) {
          const code = 'code' in ext ? ext.code : undefined;
          const field = 'field' in ext && typeof ext.field === 'string' ? ext.field : undefined;
          const kind: ErrorKind = isErrorCode(code) ? code : 'UNKNOWN';
          return field ? { kind, field } : { kind };
        }
      }
    }
  } catch {
    // not JSON: fall through to the status
  }
  return statusError(response.status);
}

/** What an HTTP status without an error body means. */
function statusError(status: number): AppError {
  if (status === 413) return { kind: 'VALIDATION', field: 'file' };
  if (status === 401) return { kind: 'UNAUTHENTICATED' };
  if (status === 403) return { kind: 'FORBIDDEN' };
  if (status === 404) return { kind: 'NOT_FOUND' };
  if (status === 429) return { kind: 'RATE_LIMITED' };
  if (status >= 500) return { kind: 'INTERNAL' };
  return { kind: 'UNKNOWN' };
}
