import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** Forget the failed load, so the next render starts a new one. */
  onRetry: () => void;
}

/**
 * Loading and failure around anything that `use()`s the policies: a message while they
 * load, and a readable error with "try again" when they cannot — never a blank page.
 */
export function LoadBoundary({ children, onRetry }: Props) {
  return (
    <ErrorCatcher onRetry={onRetry}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorCatcher>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="host-status" role="status">
      {t('policyPage.loading')}
    </p>
  );
}

function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="host-status" role="alert">
      <p>{t('policyPage.loadFailed')}</p>
      <p className="host-muted">{error instanceof Error ? error.message : String(error)}</p>
      <button type="button" className="host-button" onClick={onRetry}>
        {t('policyPage.retry')}
      </button>
    </div>
  );
}

class ErrorCatcher extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <LoadFailed
        error={this.state.error}
        onRetry={() => {
          this.props.onRetry();
          this.setState({ error: undefined });
        }}
      />
    );
  }
}
