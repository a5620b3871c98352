import { formatIssuePath, type PathSegment } from './issue-path';
import { LIMITS } from './policy-schema';
import type { PolicyIssue } from './policy-types';

/**
 * Walks any value without recursion and reports the first place where objects
 * and arrays nest deeper than `maxDepth`, or that the input holds more than
 * `maxValues` values. It runs before the (recursive) schema validation, so a
 * hostile 100 000-deep input — or a cyclic object built in code, which is
 * infinitely deep — is reported instead of overflowing the stack.
 *
 * @example
 * ```ts
 * let deep: unknown = {};
 * for (let i = 0; i < 100_000; i++) deep = [deep];
 * findExcessiveNesting(deep)?.message; // 'nests deeper than 64 levels …'
 * ```
 */
export function findExcessiveNesting(
  input: unknown,
  maxDepth: number = LIMITS.maxNestingDepth,
  maxValues: number = LIMITS.maxValues,
): PolicyIssue | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  // The common case — a document within the limits — keeps no paths: two flat
  // stacks of containers and their depths. Only a document beyond a limit is
  // walked again, by `pathTooDeep`, to say where.
  const containers: object[] = [input];
  const depths: number[] = [1];
  let values = 1;
  while (containers.length > 0) {
    const container = containers.pop()!;
    const depth = depths.pop()!;
    const children: unknown[] = Array.isArray(container) ? container : Object.values(container);
    values += children.length;
    if (values > maxValues) {
      return {
        path: '',
        message: `holds more than ${maxValues} values; a policy document may hold at most ${maxValues}`,
      };
    }
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child === null || typeof child !== 'object') continue;
      if (depth >= maxDepth) {
        return {
          path: formatIssuePath(pathTooDeep(input, maxDepth, maxValues)),
          message: `nests deeper than ${maxDepth} levels of objects and arrays; the document was not checked further`,
        };
      }
      containers.push(child);
      depths.push(depth + 1);
    }
  }
  return undefined;
}

interface Frame {
  container: object;
  /** Own keys of an object; `undefined` for an array (walked by index). */
  keys: string[] | undefined;
  next: number;
  /** The key under which the parent holds this container. */
  key: PathSegment;
}

/** Depth-first again, keeping the path this time, to the first value nested too deep. */
function pathTooDeep(input: object, maxDepth: number, maxValues: number): PathSegment[] {
  const frameOf = (container: object, key: PathSegment): Frame => ({
    container,
    keys: Array.isArray(container) ? undefined : Object.keys(container),
    next: 0,
    key,
  });
  const stack: Frame[] = [frameOf(input, '')];
  // Objects built in code can share children; the budget keeps this walk finite too.
  for (let values = 0; stack.length > 0 && values <= maxValues;) {
    const top = stack[stack.length - 1]!;
    const length = top.keys ? top.keys.length : (top.container as unknown[]).length;
    if (top.next >= length) {
      stack.pop();
      continue;
    }
    const key: PathSegment = top.keys ? top.keys[top.next]! : top.next;
    top.next++;
    values++;
    const child = (top.container as Record<PathSegment, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    if (stack.length >= maxDepth) return [...stack.slice(1).map((frame) => frame.key), key];
    stack.push(frameOf(child, key));
  }
  return [];
}
