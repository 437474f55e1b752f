/**
 * Saves `contents` as a file called `fileName`: a Blob behind a temporary <a download> link, clicked. The
 * object URL is released a minute later, not at once, because the browser reads it after the click returns.
 */
export function downloadFile(contents: Blob | string, fileName: string, contentType: string): void {
  const blob = typeof contents === 'string' ? new Blob([contents], { type: contentType }) : contents;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
