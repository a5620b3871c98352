import { Component, type ReactNode } from 'react';
import type { PolicyIssue } from '@policykit/sdk';

export interface ViewerErrorBoundaryProps {
  /** The document being shown: a new one clears an earlier error. */
  policy: unknown;
  /** What to show instead of a document that could not be rendered. */
  fallback(issues: PolicyIssue[]): ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | undefined;
  policy: unknown;
}

/**
 * The last line of defence in production builds, where the document is not
 * validated before rendering: a document too malformed to render (say,
 * `sections` missing in hand-made JSON) shows the viewer's error message
 * instead of unmounting the host's page. React has no hook for this.
 */
export class ViewerErrorBoundary extends Component<ViewerErrorBoundaryProps, State> {
  override state: State = { error: undefined, policy: this.props.policy };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(
    props: ViewerErrorBoundaryProps,
    state: State,
  ): Partial<State> | null {
    return props.policy !== state.policy ? { error: undefined, policy: props.policy } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.error(
      'PolicyViewer: the policy document could not be rendered. Validate it with parsePolicy() ' +
        'from @policykit/sdk to see every problem with its path.',
      error,
    );
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return this.props.fallback([{ path: '', message: error.message }]);
    return this.props.children;
  }
}
