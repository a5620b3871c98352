/**
 * Who the person says they are, handed to the host's `verifyIdentity`.
 *
 * @example
 * const verifyIdentity: VerifyIdentity = async ({ email, locale }) => sendCode(email, locale);
 */
export interface RightsRequestIdentity {
  name: string;
  /** Normalized (trimmed) as it will be sent. */
  email: string;
  phone?: string;
  /** The person's locale, so a code e-mail can be in their language. */
  locale: string;
  policyId: string;
}

/**
 * "We sent you a code": the form shows a code field and hands what is typed to `confirm`.
 *
 * @example
 * return { status: 'code-required', sentTo: 's•••@example.com', confirm: (code) => api.check(id, code) };
 */
export interface IdentityCodeChallenge {
  status: 'code-required';
  /** Where the code went, as the person may see it (e.g. `r•••@example.com`). Shown as text. */
  sentTo?: string;
  /**
   * Checks a code. Resolve `true` when it is right (the form then sends the request) or
   * `false` when it is wrong (the form says so and lets the person try again). Reject only
   * for a failure (network…): the form shows it with a retry.
   */
  confirm: (code: string) => Promise<boolean>;
}

/**
 * The person is who they say (a signed-in session, a check the host already made).
 *
 * @example
 * const verifyIdentity: VerifyIdentity = async () => ({ status: 'verified' });
 */
export interface IdentityVerified {
  status: 'verified';
}

/**
 * What `verifyIdentity` resolves with: verified, or a code to ask for.
 *
 * @example
 * const result: IdentityVerificationResult = session.user ? { status: 'verified' } : await sendCode();
 */
export type IdentityVerificationResult = IdentityVerified | IdentityCodeChallenge;

/**
 * An optional identity step before a request is sent — e.g. an e-mail code, as
 * ethyca/fides' privacy centre does. Called once the fields are valid, with the identity
 * the request will carry:
 * - resolve `{ status: 'verified' }` → the request is sent;
 * - resolve `{ status: 'code-required', confirm, sentTo? }` → the form asks for the code
 *   and sends once `confirm(code)` resolves `true`;
 * - reject → the form shows the failure, keeps the draft, and offers to try again.
 *
 * A verified e-mail address is not asked again for retries within the same form.
 *
 * @example
 * const verifyIdentity: VerifyIdentity = async ({ email, locale }) => {
 *   const { id } = await api.sendCode(email, locale);
 *   return { status: 'code-required', sentTo: email, confirm: (code) => api.checkCode(id, code) };
 * };
 * <RightsRequestForm policy={policy} client={client} verifyIdentity={verifyIdentity} />
 */
export type VerifyIdentity = (
  identity: RightsRequestIdentity,
) => Promise<IdentityVerificationResult>;
