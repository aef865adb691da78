import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

/** Catches render errors below it and shows a translated message instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  /** Switches to the fallback on the next render. */
  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the stack for whoever opens the console (teachers report bugs with it).
    console.error('zkscope: render error', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <ErrorFallback error={this.state.error} /> : this.props.children;
  }
}

/** The message shown in place of a crashed part of the page. */
function ErrorFallback({ error }: { readonly error: Error }) {
  const t = useT();
  return (
    <div className="error-fallback" role="alert">
      <h2>{t('error.title')}</h2>
      <p>{t('error.detail', { message: error.message })}</p>
      <p>{t('error.hint')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}
