/** One step of an issue path: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** Keys longer than this are shortened in paths: a path names a place, it does not echo input. */
const MAX_KEY_IN_PATH = 60;

/**
 * Writes a path the way JavaScript reads it: `sections[2].blocks[0].text`,
 * `""` for the root, `["odd key"]` for keys that are not identifiers.
 *
 * @example
 * ```ts
 * formatIssuePath(['sections', 2, 'blocks', 0, 'text']); // 'sections[2].blocks[0].text'
 * formatIssuePath([]); // ''
 * ```
 */
export function formatIssuePath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else {
      const key =
        segment.length > MAX_KEY_IN_PATH ? `${segment.slice(0, MAX_KEY_IN_PATH)}…` : segment;
      path += `[${JSON.stringify(key)}]`;
    }
  }
  return path;
}
