/**
 * Downloads a file the server gives only to a signed-in user: a plain link would not carry the
 * bearer token, so the file is fetched with it and handed to the browser as a Blob. Throws on a
 * failed request (the caller says so).
 */
export async function downloadWithToken(url: string, token: string, filename: string, accept = 'text/csv') {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: accept } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
