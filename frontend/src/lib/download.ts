import { restError, type AppError } from './errors';

/** A download that failed: the HTTP status (null when the server was not reached) and its error. */
export class DownloadError extends Error {
  constructor(
    readonly status: number | null,
    readonly error: AppError,
  ) {
    super(status === null ? 'download failed: network' : `download failed: HTTP ${status}`);
    this.name = 'DownloadError';
  }
}

/**
 * Downloads a file the server gives only to a signed-in user: a plain link would not carry the
 * bearer token, so the file is fetched with it and handed to the browser as a Blob. Throws a
 * `DownloadError` on a failed request (the caller says so, by its `error.kind`).
 */
export async function downloadWithToken(url: string, token: string, filename: string, accept = 'text/csv') {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: accept } });
  } catch {
    throw new DownloadError(null, { kind: 'NETWORK' });
  }
  if (!response.ok) throw new DownloadError(response.status, await restError(response));
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    // The connection broke while the body came in.
    throw new DownloadError(null, { kind: 'NETWORK' });
  }
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

/** The error of whatever `downloadWithToken` threw. */
export function downloadFailure(thrown: unknown): AppError {
  return thrown instanceof DownloadError ? thrown.error : { kind: 'UNKNOWN' };
}
