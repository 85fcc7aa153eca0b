/**
 * A photo URL worth keeping: LinkedIn's media host over https. Placeholder avatars live on
 * static.licdn.com or carry "ghost" in their name (minimal-ghost, en-public-guest).
 */
export function realPhoto(url: string | null | undefined): string | null {
  if (url === null || url === undefined || !url.startsWith('https://')) return null;
  return url.includes('static.licdn.com') || /ghost/i.test(url) ? null : url;
}
