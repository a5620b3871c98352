import { formatIssuePath, type PathSegment } from './issue-path';
import { LIMITS } from './policy-schema';
import type { PolicyIssue } from './policy-types';

interface Frame {
  container: Record<string, unknown> | unknown[];
  /** Own keys of an object; `undefined` for an array (walked by index). */
  keys: string[] | undefined;
  next: number;
  /** The key under which the parent holds this container. */
  key: PathSegment;
}

/**
 * Walks any value without recursion and reports the first place where objects
 * and arrays nest deeper than `maxDepth`, or where the walk has seen more than
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
  const stack: Frame[] = [frameOf(input, '')];
  let values = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const length = top.keys ? top.keys.length : (top.container as unknown[]).length;
    if (top.next >= length) {
      stack.pop();
      continue;
    }
    const key: PathSegment = top.keys ? top.keys[top.next]! : top.next;
    top.next++;
    if (++values > maxValues) {
      return {
        path: '',
        message: `has more than ${maxValues} values; a policy document may have at most ${maxValues}`,
      };
    }
    const child = (top.container as Record<PathSegment, unknown>)[key];
    if (child === null || typeof child !== 'object') continue;
    if (stack.length >= maxDepth) {
      const path = stack.slice(1).map((frame) => frame.key);
      path.push(key);
      return {
        path: formatIssuePath(path),
        message: `nests deeper than ${maxDepth} levels of objects and arrays; the document was not checked further`,
      };
    }
    stack.push(frameOf(child, key));
  }
  return undefined;
}

function frameOf(container: object, key: PathSegment): Frame {
  return Array.isArray(container)
    ? { container, keys: undefined, next: 0, key }
    : {
        container: container as Record<string, unknown>,
        keys: Object.keys(container),
        next: 0,
        key,
      };
}
