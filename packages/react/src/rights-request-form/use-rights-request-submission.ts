import { useEffect, useState, useSyncExternalStore } from 'react';
import {
  createSubmission,
  type Submission,
  type SubmissionOptions,
  type SubmissionState,
} from './submission-machine';

export interface RightsRequestSubmission extends Omit<
  Submission,
  'get' | 'subscribe' | 'setOptions' | 'abort'
> {
  state: SubmissionState;
}

/**
 * React's view of one form's submission (see `createSubmission`): the machine is made
 * once per component, always calls the latest `client`/`onSubmitted`, and a delivery
 * still in flight when the form unmounts is aborted.
 *
 * @example
 * const submission = useRightsRequestSubmission({ client, onSubmitted });
 * if (submission.state.status === 'sent') return <Receipt receipt={submission.state.receipt} />;
 */
export function useRightsRequestSubmission(options: SubmissionOptions): RightsRequestSubmission {
  const [machine] = useState(() => createSubmission(options));
  useEffect(() => {
    machine.setOptions(options);
  });
  useEffect(() => () => machine.abort(), [machine]);
  const state = useSyncExternalStore(machine.subscribe, machine.get, machine.get);
  return {
    state,
    isBusy: machine.isBusy,
    submit: machine.submit,
    retry: machine.retry,
    confirmCode: machine.confirmCode,
    cancelIdentity: machine.cancelIdentity,
    reset: machine.reset,
  };
}
