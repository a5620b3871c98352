// What a notice must say: required contents per jurisdiction, checked against section topics.
export { lintPolicy } from './lint-policy';
export { NOTICE_REQUIREMENTS } from './notice-requirements';
export { TOPIC_KEYWORDS, guessTopics } from './topic-keywords';
export type {
  LintCode,
  LintFinding,
  LintPolicyOptions,
  LintSeverity,
  NoticeContent,
  NoticeRequirement,
} from './lint-types';
