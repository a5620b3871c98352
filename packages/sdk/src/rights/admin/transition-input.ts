import type { InboxTransition } from './inbox-types';

/** What a move still needs before it is sent: `reason` for a rejection, `note` for an extension. */
export interface TransitionInputIssue {
  field: 'reason' | 'note';
  code: 'required' | 'too-long';
}

/** The handler's limit on a note (`createRightsRequestAdminHandler`). */
export const INBOX_NOTE_MAX_LENGTH = 4000;

/**
 * The issues of a move the DPO is about to make, checked before sending as the lifecycle
 * checks it (`transitionRequest`): a rejection names its reason (DRP 0.9 §3.02 `denied`
 * reasons; the lifecycle refuses one without); an extension carries its reasons in the note,
 * as GDPR Art. 12(3) asks them told "together with the reasons for the delay".
 *
 * @example
 * transitionInputIssues({ to: 'rejected' }); // [{ field: 'reason', code: 'required' }]
 */
export function transitionInputIssues(transition: InboxTransition): TransitionInputIssue[] {
  const issues: TransitionInputIssue[] = [];
  const note = transition.note?.trim() ?? '';
  if (transition.to === 'rejected' && !transition.reason) {
    issues.push({ field: 'reason', code: 'required' });
  }
  if (transition.to === 'extended' && !note) issues.push({ field: 'note', code: 'required' });
  if (note.length > INBOX_NOTE_MAX_LENGTH) issues.push({ field: 'note', code: 'too-long' });
  return issues;
}
