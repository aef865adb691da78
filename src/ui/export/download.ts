/**
 * Downloads made in the page: a Blob behind a temporary object URL and an `<a download>` click (no
 * server, no data: URL, so the Content-Security-Policy needs nothing beyond `blob:` for images).
 */

/** Offers `blob` as a download named `name`. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Offers a text as a download. */
export function downloadText(text: string, name: string, type: string): void {
  downloadBlob(new Blob([text], { type }), name);
}
