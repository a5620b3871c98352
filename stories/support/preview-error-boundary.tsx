import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of the crashed subtree. */
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps the playground usable when a component throws on a document the importer
 * accepted: the designer sees the error next to their text instead of a blank
 * page. Give it a `key` that changes with the document so a fixed document renders again.
 */
export class PreviewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
