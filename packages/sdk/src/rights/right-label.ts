import type { PolicyKitKey } from '../i18n/resources';
import type { KnownRightId, PolicyRight, RightId } from '../document/policy-types';

/** The translation key of each right the kit knows. A `Record` so a new known id cannot be forgotten. */
const KNOWN_RIGHT_KEYS: Record<KnownRightId, PolicyKitKey> = {
  access: 'common.rights.access',
  rectification: 'common.rights.rectification',
  erasure: 'common.rights.erasure',
  portability: 'common.rights.portability',
  restriction: 'common.rights.restriction',
  objection: 'common.rights.objection',
  'withdraw-consent': 'common.rights.withdraw-consent',
  'automated-decision': 'common.rights.automated-decision',
  information: 'common.rights.information',
  complaint: 'common.rights.complaint',
};

/** What a person reads for one right: a title, and a description when the document gives one. */
export interface RightLabel {
  id: RightId;
  title: string;
  /** The document's own description, if it has one; the kit adds none of its own. */
  description: string | undefined;
  /** Whether `id` is one of the rights the kit knows (and translates), rather than an `x-…` id. */
  known: boolean;
}

/** Whether `id` is one of the rights the kit knows and translates (not a host's own `x-…` id). */
export function isKnownRightId(id: string): id is KnownRightId {
  return Object.hasOwn(KNOWN_RIGHT_KEYS, id);
}

/**
 * A readable title for a custom id: `x-account-deactivation` → `Account deactivation`.
 * Only a fallback: documents that declare custom rights should give them a `title`.
 */
function readableCustomId(id: string): string {
  const words = id.replace(/^x-/, '').split('-').filter(Boolean).join(' ');
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : id;
}

/**
 * The label of one of a policy's rights, in this order of preference: the document's
 * `title` (the author's words, in the document's language); else the kit's translation
 * of a known id (`common.rights.<id>`); else a readable form of an `x-…` id.
 * `translate` is any `t` bound to the `policykit` namespace (i18next's or a test's).
 *
 * @example
 * const label = rightLabel({ id: 'erasure' }, t);
 * // → { id: 'erasure', title: 'Delete your data', description: undefined, known: true }
 * rightLabel({ id: 'x-account-deactivation' }, t).title; // → 'Account deactivation'
 */
export function rightLabel(
  right: PolicyRight,
  translate: (key: PolicyKitKey) => string,
): RightLabel {
  const known = isKnownRightId(right.id);
  const ownTitle = right.title?.trim();
  const title = ownTitle
    ? ownTitle
    : known
      ? translate(KNOWN_RIGHT_KEYS[right.id as KnownRightId])
      : readableCustomId(right.id);
  const description = right.description?.trim() || undefined;
  return { id: right.id, title, description, known };
}

/**
 * Labels for every right a policy declares, in the document's order, duplicates dropped
 * (the first declaration wins), so a form can offer them as choices.
 *
 * @example
 * rightLabels(policy.rights, t).map((label) => label.title);
 */
export function rightLabels(
  rights: readonly PolicyRight[] | undefined,
  translate: (key: PolicyKitKey) => string,
): RightLabel[] {
  const seen = new Set<string>();
  const labels: RightLabel[] = [];
  for (const right of rights ?? []) {
    if (seen.has(right.id)) continue;
    seen.add(right.id);
    labels.push(rightLabel(right, translate));
  }
  return labels;
}
