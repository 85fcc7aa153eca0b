import { Component, type ReactNode } from 'react';
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
          <h1>Formerly can’t show this right now</h1>
          <p>{this.state.error.message}</p>
          <p>Your saved contacts are not affected. Close this window and try again.</p>
        </div>
      );
    }
    return this.props.children;
  }
}
