import type { PolicyIssue } from '@policykit/sdk';
import type { PolicyKitT } from '../../i18n/use-policykit-translation';

export interface ViewerErrorProps {
  issues: readonly PolicyIssue[];
  t: PolicyKitT;
  className?: string | undefined;
}

/**
 * Shown instead of a policy that does not validate: a plain message for the
 * reader, and — for whoever maintains the page — each problem with its path
 * (`sections[2].blocks[0].text: must be a string`). Never a blank screen.
 */
export function ViewerError({ issues, t, className }: ViewerErrorProps) {
  return (
    <div
      className={['pk-PolicyViewer', 'pk-PolicyViewer-error', className].filter(Boolean).join(' ')}
      role="alert"
    >
      <p className="pk-PolicyViewer-errorTitle">{t('viewer.invalid.title')}</p>
      <p>{t('viewer.invalid.body')}</p>
      <details>
        <summary>{t('viewer.invalid.details')}</summary>
        <ul>
          {issues.map((issue, index) => (
            <li key={index}>
              <code>{issue.path || '(document)'}</code>: {issue.message}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
