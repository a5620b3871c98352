import type { PolicyDocument } from '../document/policy-types';
import { canonicalJson } from './canonical-json';

/**
 * The SHA-256 (lower-case hex) of the canonical JSON (RFC 8785, see `canonicalJson`) of a policy
 * document: the fingerprint of the exact text a person was shown, which an acknowledgement
 * receipt carries and `verifyAcknowledgementReceipt` checks. Key order and whitespace do not
 * change it; any change of content — one word, a version, a locale — does.
 *
 * Uses Web Crypto (`crypto.subtle`), present in Node ≥ 20 and in browsers on secure (https)
 * pages.
 *
 * @example
 * ```ts
 * const hash = await policyDocumentHash(policy); // 'c0535e4b…' (64 hex digits)
 * ```
 */
export async function policyDocumentHash(document: PolicyDocument): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(document));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
