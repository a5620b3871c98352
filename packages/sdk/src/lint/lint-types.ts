import type { Topic } from '../document/policy-types';
import type { Jurisdiction } from '../rights/rights-request-types';
import type { lintStrings } from '../i18n/strings-lint';

/** What a notice must say, one key per required content (see `NOTICE_REQUIREMENTS`). */
export type NoticeContent = keyof (typeof lintStrings)['en']['contents'];

/**
 * One thing a jurisdiction requires a notice to state: which topics cover it, the article that
 * asks for it, and whether it is required outright or only where it applies.
 */
export interface NoticeRequirement {
  /** `<jurisdiction>/<content>`, e.g. `gdpr/retention`: what `ignore` takes. */
  rule: `${Jurisdiction}/${NoticeContent}`;
  jurisdiction: Jurisdiction;
  content: NoticeContent;
  /** A section tagged with any of these covers the content. */
  topics: readonly Topic[];
  /** The article cited, e.g. `GDPR Art. 13(2)(a)`. */
  article: string;
  /**
   * `always` — the article asks for it in every notice it governs (a missing one is an error);
   * `if-applicable` — only where the processing has that feature (e.g. a DPO, a transfer), which
   * lint cannot know, so a missing one is a warning.
   */
  applies: 'always' | 'if-applicable';
}

/**
 * What a finding is about:
 * - `missing-content` — no section is tagged with a topic that covers a required content;
 * - `missing-if-applicable` — the same for a content required only where it applies;
 * - `untagged-content` — a heuristic: a section's heading or text looks like it covers the
 *   content, but the section is not tagged with its topic;
 * - `guessed-missing` — a heuristic, when no section carries topics: nothing looks like it
 *   covers the content;
 * - `no-topics` — no section carries topics, so every other finding is a guess.
 */
export type LintCode =
  | 'missing-content'
  | 'missing-if-applicable'
  | 'untagged-content'
  | 'guessed-missing'
  | 'no-topics';

export type LintSeverity = 'error' | 'warning';

/** One finding of {@link lintPolicy}. Heuristic findings are always warnings. */
export interface LintFinding {
  code: LintCode;
  severity: LintSeverity;
  /** The rule (`gdpr/retention`), absent only for `no-topics`. */
  rule?: NoticeRequirement['rule'];
  jurisdiction?: Jurisdiction;
  content?: NoticeContent;
  /** The article cited, e.g. `UU PDP Pasal 21(1)(d)`. */
  article?: string;
  /** The topics that would cover the content. */
  topics?: readonly Topic[];
  /** Where, for a finding about one section: `sections[2].sections[0]`. */
  path?: string;
  sectionId?: string;
  /** The finding in English and Indonesian (from `lintStrings`). */
  message: { en: string; id: string };
}

export interface LintPolicyOptions {
  /** Whose requirements to check; default both, `['id-pdp', 'gdpr']`. */
  jurisdictions?: readonly Jurisdiction[];
  /**
   * Rules the host has decided do not apply (`'gdpr/dpoContact'`…): the law asks some contents
   * only in some cases, and the host is the one who knows.
   */
  ignore?: readonly NoticeRequirement['rule'][];
}
