/** Save a JSON value as a file the browser downloads (a Blob URL, revoked at once). */
export function downloadJson(value: unknown, filename: string): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `my-data-2026-11-30.json` */
export function exportFilename(generatedAt: string): string {
  return `my-data-${generatedAt.slice(0, 10)}.json`;
}
