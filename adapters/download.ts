/**
 * Saves text as a file through the page's own download (no `downloads` permission needed):
 * the data goes from memory to disk and never over the network.
 */
export function downloadText(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob asynchronously after the click.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
