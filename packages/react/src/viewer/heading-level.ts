/** Heading levels exist from 1 to 6 only: a deep nesting never invents `<h7>`. */
export function clampHeadingLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(Number.isFinite(level) ? level : 2)));
}
