import { createAcknowledgementStore, type PolicyDocument } from '@policykit/sdk';

/** One store for the whole app (localStorage), created once, outside render. */
export const acknowledgements = createAcknowledgementStore({
  onError: (error) => console.warn('Acknowledgements are kept in memory only:', error),
});

/**
 * Demo only: the first time someone signs in on this browser, pretend they accepted the
 * previous version when they signed up — so the updated-policy dialog has something to
 * ask about. A real host would keep acknowledgements with the account instead.
 */
export function rememberSignUpAcceptance(previous: PolicyDocument): void {
  if (acknowledgements.get(previous.id) === null) acknowledgements.acknowledge(previous);
}
