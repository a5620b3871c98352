import type { Topic } from '../document/policy-types';
import type { Jurisdiction } from '../rights/rights-request-types';
import type { NoticeContent, NoticeRequirement } from './lint-types';

function requirement(
  jurisdiction: Jurisdiction,
  content: NoticeContent,
  topics: readonly Topic[],
  article: string,
  applies: NoticeRequirement['applies'] = 'always',
): NoticeRequirement {
  return { rule: `${jurisdiction}/${content}`, jurisdiction, content, topics, article, applies };
}

/**
 * What a privacy notice must state, per jurisdiction, and which section topics cover each item.
 * Only what the articles themselves say is here; nothing a guidance note or a reading adds.
 *
 * UU PDP (Law 27/2022) Pasal 21(1): where processing is based on consent (Pasal 20(2)(a)), the
 * controller must give information about (a) the legality of the processing, (b) its purpose,
 * (c) the type and relevance of the personal data, (d) the retention period of documents holding
 * personal data, (e) the details of the information collected, (f) the processing period and
 * (g) the data subject's rights. A host whose processing rests on another basis can `ignore` them.
 *
 * GDPR Art. 13(1)–(2) (data collected from the person) and 14 (obtained otherwise): the
 * controller's identity and contact (13(1)(a)), the DPO's contact "where applicable" (13(1)(b)),
 * purposes and legal basis (13(1)(c)), legitimate interests where Art. 6(1)(f) is the basis
 * (13(1)(d)), recipients "if any" (13(1)(e)), third-country transfers "where applicable"
 * (13(1)(f)), the storage period or its criteria (13(2)(a)), the rights of access, rectification,
 * erasure, restriction, objection and portability (13(2)(b)), withdrawing consent where consent
 * is the basis (13(2)(c)), complaining to a supervisory authority (13(2)(d)), whether providing
 * the data is a statutory or contractual requirement (13(2)(e)), automated decision-making under
 * Art. 22(1) and (4) where it exists (13(2)(f)), and — for data not obtained from the person —
 * the categories of personal data (14(1)(d)).
 */
// Built by a call marked pure so a bundle that never lints drops the table (module-level calls
// are otherwise kept, and would ride along with every import of the SDK).
export const NOTICE_REQUIREMENTS: readonly NoticeRequirement[] = /* @__PURE__ */ (() => [
  requirement('id-pdp', 'legality', ['legal-basis'], 'UU PDP Pasal 21(1)(a)'),
  requirement('id-pdp', 'purposes', ['purposes'], 'UU PDP Pasal 21(1)(b)'),
  requirement('id-pdp', 'dataTypes', ['data-categories'], 'UU PDP Pasal 21(1)(c)'),
  requirement('id-pdp', 'retention', ['retention'], 'UU PDP Pasal 21(1)(d)'),
  requirement('id-pdp', 'collectedDetails', ['data-categories'], 'UU PDP Pasal 21(1)(e)'),
  requirement('id-pdp', 'processingPeriod', ['retention'], 'UU PDP Pasal 21(1)(f)'),
  requirement('id-pdp', 'rights', ['rights'], 'UU PDP Pasal 21(1)(g)'),

  requirement('gdpr', 'controllerIdentity', ['contact'], 'GDPR Art. 13(1)(a)'),
  requirement('gdpr', 'dpoContact', ['contact'], 'GDPR Art. 13(1)(b)', 'if-applicable'),
  requirement('gdpr', 'purposes', ['purposes'], 'GDPR Art. 13(1)(c)'),
  requirement('gdpr', 'legalBasis', ['legal-basis'], 'GDPR Art. 13(1)(c)'),
  requirement(
    'gdpr',
    'legitimateInterests',
    ['legal-basis'],
    'GDPR Art. 13(1)(d)',
    'if-applicable',
  ),
  requirement('gdpr', 'recipients', ['recipients'], 'GDPR Art. 13(1)(e)', 'if-applicable'),
  requirement('gdpr', 'transfers', ['transfers'], 'GDPR Art. 13(1)(f)', 'if-applicable'),
  requirement('gdpr', 'retention', ['retention'], 'GDPR Art. 13(2)(a)'),
  requirement('gdpr', 'rights', ['rights'], 'GDPR Art. 13(2)(b)'),
  requirement('gdpr', 'withdrawConsent', ['rights'], 'GDPR Art. 13(2)(c)', 'if-applicable'),
  requirement('gdpr', 'complaint', ['complaints'], 'GDPR Art. 13(2)(d)'),
  requirement('gdpr', 'statutoryRequirement', ['legal-basis'], 'GDPR Art. 13(2)(e)'),
  requirement(
    'gdpr',
    'automatedDecisions',
    ['automated-decisions'],
    'GDPR Art. 13(2)(f)',
    'if-applicable',
  ),
  requirement('gdpr', 'dataCategories', ['data-categories'], 'GDPR Art. 14(1)(d)', 'if-applicable'),
])();
