import type { PolicyDocument, Section, Topic } from '../document/policy-types';
import { lintStrings } from '../i18n/strings-lint';
import type { Jurisdiction } from '../rights/rights-request-types';
import { blockText } from '../text/inline-text';
import { formatLintMessage } from './format-lint-message';
import type { LintFinding, LintPolicyOptions, NoticeRequirement } from './lint-types';
import { NOTICE_REQUIREMENTS } from './notice-requirements';
import { guessTopics } from './topic-keywords';

const JURISDICTIONS: readonly Jurisdiction[] = ['id-pdp', 'gdpr'];

/** A section with where it is, flattened in document order. */
interface PlacedSection {
  section: Section;
  path: string;
  /** Topics guessed from the title (and summary) alone: the strong signal. */
  headingTopics: Topic[];
  /** Topics guessed from the title, summary and the section's own blocks. */
  textTopics: Topic[];
}

function placeSections(sections: readonly Section[], prefix: string, out: PlacedSection[]) {
  sections.forEach((section, index) => {
    const path = `${prefix}[${index}]`;
    const heading = [section.title, section.summary ?? ''].join('\n');
    const body = section.blocks.map(blockText).join('\n');
    out.push({
      section,
      path,
      headingTopics: guessTopics(heading),
      textTopics: guessTopics(`${heading}\n${body}`),
    });
    if (section.sections) placeSections(section.sections, `${path}.sections`, out);
  });
  return out;
}

function messages(
  key: keyof (typeof lintStrings)['en']['messages'],
  values: Record<string, string>,
) {
  return {
    en: formatLintMessage(lintStrings.en.messages[key], values),
    id: formatLintMessage(lintStrings.id.messages[key], values),
  };
}

function requirementMessage(
  key: 'missing' | 'missingIfApplicable' | 'guessMissing' | 'untagged',
  requirement: NoticeRequirement,
  section?: Section,
) {
  const topics = requirement.topics.map((topic) => `“${topic}”`).join(' / ');
  const common = { article: requirement.article, topics, section: section?.title ?? '' };
  return {
    en: formatLintMessage(lintStrings.en.messages[key], {
      ...common,
      content: lintStrings.en.contents[requirement.content],
    }),
    id: formatLintMessage(lintStrings.id.messages[key], {
      ...common,
      content: lintStrings.id.contents[requirement.content],
    }),
  };
}

function finding(
  code: LintFinding['code'],
  severity: LintFinding['severity'],
  requirement: NoticeRequirement,
  message: LintFinding['message'],
  where?: PlacedSection,
): LintFinding {
  const result: LintFinding = {
    code,
    severity,
    rule: requirement.rule,
    jurisdiction: requirement.jurisdiction,
    content: requirement.content,
    article: requirement.article,
    topics: requirement.topics,
    message,
  };
  if (where) {
    result.path = where.path;
    result.sectionId = where.section.id;
  }
  return result;
}

/**
 * Checks that a policy states what the law asks a notice to state: for each jurisdiction, every
 * required content (UU PDP Pasal 21(1), GDPR Art. 13–14; see `NOTICE_REQUIREMENTS`) that no
 * section's `topics` cover is a finding, with the article cited and the message in English and
 * Indonesian.
 *
 * Severity follows what lint can know. A content the article asks for outright and no tagged
 * section covers is an `error`; one asked for only where it applies (a DPO, a transfer, automated
 * decisions…) is a `warning`. Where sections are not tagged, keywords in headings and text
 * (English and Indonesian) guide the findings — and a guess is only ever a `warning`: a document
 * with no topics at all gets warnings only, and a tagged one gets an extra warning for a section
 * whose heading looks like a missing content.
 *
 * The findings come in the order of `NOTICE_REQUIREMENTS` (jurisdiction by jurisdiction), after a
 * `no-topics` warning when no section carries topics. The document is expected to be valid
 * (`parsePolicy`'s output); lint says nothing about its format.
 *
 * @example
 * ```ts
 * const findings = lintPolicy(policy, { jurisdictions: ['id-pdp'] });
 * for (const f of findings) console.log(f.severity, f.article, f.message.id);
 * // error UU PDP Pasal 21(1)(d) Tidak ada bagian yang memuat jangka waktu retensi …
 * ```
 */
export function lintPolicy(
  document: PolicyDocument,
  options: LintPolicyOptions = {},
): LintFinding[] {
  const jurisdictions = options.jurisdictions ?? JURISDICTIONS;
  for (const jurisdiction of jurisdictions) {
    if (!JURISDICTIONS.includes(jurisdiction)) {
      throw new TypeError(
        `lintPolicy: options.jurisdictions holds an unknown jurisdiction; use ${JURISDICTIONS.map((j) => `"${j}"`).join(' or ')}`,
      );
    }
  }
  const ignored = new Set<string>(options.ignore ?? []);
  const placed = placeSections(document.sections, 'sections', []);
  const covered = new Set<Topic>(placed.flatMap(({ section }) => section.topics ?? []));
  const tagged = covered.size > 0;

  const findings: LintFinding[] = [];
  if (!tagged) {
    findings.push({ code: 'no-topics', severity: 'warning', message: messages('noTopics', {}) });
  }
  for (const requirement of NOTICE_REQUIREMENTS) {
    if (!jurisdictions.includes(requirement.jurisdiction) || ignored.has(requirement.rule))
      continue;
    if (requirement.topics.some((topic) => covered.has(topic))) continue;
    const looksLike = (topics: Topic[]) => requirement.topics.some((t) => topics.includes(t));

    if (tagged) {
      const ifApplicable = requirement.applies === 'if-applicable';
      findings.push(
        finding(
          ifApplicable ? 'missing-if-applicable' : 'missing-content',
          ifApplicable ? 'warning' : 'error',
          requirement,
          requirementMessage(ifApplicable ? 'missingIfApplicable' : 'missing', requirement),
        ),
      );
      const candidate = placed.find((p) => looksLike(p.headingTopics));
      if (candidate) {
        findings.push(
          finding(
            'untagged-content',
            'warning',
            requirement,
            requirementMessage('untagged', requirement, candidate.section),
            candidate,
          ),
        );
      }
      continue;
    }

    const candidate =
      placed.find((p) => looksLike(p.headingTopics)) ?? placed.find((p) => looksLike(p.textTopics));
    findings.push(
      candidate
        ? finding(
            'untagged-content',
            'warning',
            requirement,
            requirementMessage('untagged', requirement, candidate.section),
            candidate,
          )
        : finding(
            'guessed-missing',
            'warning',
            requirement,
            requirementMessage('guessMissing', requirement),
          ),
    );
  }
  return findings;
}
