/**
 * A heading level, `<h1>` to `<h6>`: the one type every component's `headingLevel` prop takes.
 * The host knows its page outline, the component does not.
 *
 * @example
 * <PolicyViewer policy={policy} headingLevel={3} />
 * <RightsRequestForm policy={policy} client={client} headingLevel={3} />
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The level a heading is rendered at: levels exist from 1 to 6 only, so a deep nesting never
 * invents `<h7>` (it stays `<h6>`), and a value from untyped JavaScript cannot break the tag.
 * `lowest` is the highest-ranked level a component may use (a form's headings never outrank
 * the page's `<h1>`).
 */
export function clampHeadingLevel(level: number, lowest: HeadingLevel = 1): HeadingLevel {
  const whole = Math.round(Number.isFinite(level) ? level : 2);
  return Math.min(6, Math.max(lowest, whole)) as HeadingLevel;
}
