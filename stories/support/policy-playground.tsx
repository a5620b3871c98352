import { useDeferredValue, useId, useMemo, useState } from 'react';
import type { PolicyDocument } from '@policykit/sdk';
import { importMarkdown } from '@policykit/sdk/markdown';
import { PolicyViewer } from '@policykit/react';
import { importProblems, type ImportProblem } from './import-problems';
import { PreviewErrorBoundary } from './preview-error-boundary';
import './policy-playground.css';

type ImportResult = { ok: true; policy: PolicyDocument } | { ok: false; problems: ImportProblem[] };

function tryImport(markdown: string): ImportResult {
  try {
    return { ok: true, policy: importMarkdown(markdown) };
  } catch (error) {
    return { ok: false, problems: importProblems(error) };
  }
}

export interface PolicyPlaygroundProps {
  /** The Markdown the editor starts with. */
  initialMarkdown: string;
  /** Passed to `<PolicyViewer variant>`. */
  variant?: 'accordion' | 'document';
  /** Passed to `<PolicyViewer search>`. */
  search?: boolean;
}

/**
 * Paste Markdown in the PolicyKit dialect, see the policy as readers will.
 *
 * The text area is the source of truth and is never rewritten: what the designer
 * typed stays, valid or not. While the text has problems, the preview keeps the
 * last document that imported cleanly and the problems are listed with their lines.
 */
export function PolicyPlayground({
  initialMarkdown,
  variant = 'accordion',
  search = true,
}: PolicyPlaygroundProps) {
  const id = useId();
  const [markdown, setMarkdown] = useState(initialMarkdown);
  // Importing a long policy on every keystroke must not make typing lag.
  const deferredMarkdown = useDeferredValue(markdown);
  const result = useMemo(() => tryImport(deferredMarkdown), [deferredMarkdown]);

  // Adjusting state while rendering (React's documented pattern) keeps the last good document.
  const [lastValid, setLastValid] = useState<PolicyDocument | null>(() =>
    result.ok ? result.policy : null,
  );
  if (result.ok && result.policy !== lastValid) setLastValid(result.policy);

  const problems = result.ok ? [] : result.problems;
  const status = result.ok
    ? 'The Markdown is valid; the preview shows it.'
    : `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} found. ${
        lastValid ? 'The preview shows the last valid version.' : 'Nothing valid to preview yet.'
      }`;

  return (
    <div className="sb-playground">
      <div className="sb-playground__editor">
        <label className="sb-playground__label" htmlFor={`${id}-markdown`}>
          Policy Markdown
        </label>
        <p className="sb-playground__hint" id={`${id}-hint`}>
          Paste or write a policy in the PolicyKit Markdown dialect (see the Introduction page). The
          preview follows as you type.
        </p>
        <textarea
          className="sb-playground__textarea"
          id={`${id}-markdown`}
          aria-describedby={`${id}-hint ${id}-status`}
          aria-invalid={!result.ok}
          value={markdown}
          onChange={(event) => setMarkdown(event.target.value)}
          spellCheck={false}
          rows={24}
        />
      </div>

      <div className="sb-playground__result">
        <p
          className="sb-playground__status"
          id={`${id}-status`}
          role="status"
          data-valid={result.ok}
        >
          {status}
        </p>
        {problems.length > 0 && (
          <ul className="sb-playground__problems" aria-label="Problems in the Markdown">
            {problems.map((problem, index) => (
              <li key={index}>
                <span className="sb-playground__line">
                  {problem.line === undefined ? 'Document' : `Line ${problem.line}`}
                </span>{' '}
                {problem.message}
                {problem.path && (
                  <>
                    {' '}
                    <code>{problem.path}</code>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}

        {lastValid && (
          <div className="sb-playground__preview" data-stale={!result.ok}>
            <PreviewErrorBoundary
              key={`${lastValid.id}:${lastValid.version}:${deferredMarkdown.length}`}
              fallback={(error) => (
                <p role="alert">The viewer could not render this document: {error.message}</p>
              )}
            >
              <PolicyViewer policy={lastValid} variant={variant} search={search} />
            </PreviewErrorBoundary>
            <details className="sb-playground__json">
              <summary>Document JSON</summary>
              <pre>{JSON.stringify(lastValid, null, 2)}</pre>
            </details>
          </div>
        )}
      </div>
    </div>
  );
}
