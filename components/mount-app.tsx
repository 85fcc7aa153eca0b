import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Mounts an extension page's app into its `#root`. */
export function mountApp(app: ReactNode): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
