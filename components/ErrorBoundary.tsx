import { Component, type ReactNode } from 'react';
import { errorText, t } from '@/adapters/i18n';
import { explainDbError } from '@/lib/db';

interface State {
  error: Error | null;
}

/** The last line: whatever broke, the person sees what happened and what to do. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: explainDbError(error) };
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div role="alert" className="fatal">
          <h1>{t('errors.pageTitle')}</h1>
          <p>{errorText(this.state.error)}</p>
          <p>{t('errors.notAffected')}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
