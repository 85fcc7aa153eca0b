import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '@/adapters/i18n';

/**
 * Mounts an extension page's app into its `#root`, in the language of the catalogue the browser
 * chose: `lang` tells screen readers how to pronounce it.
 */
export function mountApp(app: ReactNode, title?: string): void {
  document.documentElement.lang = t('meta.locale');
  if (title !== undefined) document.title = title;
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
