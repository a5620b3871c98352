import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { IssueCollector } from './markdown-issues';
import type { SourceLines } from './source-lines';

/** Front matter and contact blocks are flat records; anything deeper is a mistake or an attack. */
const MAX_YAML_DEPTH = 8;

export interface YamlContext {
  issues: IssueCollector;
  lines: SourceLines;
  /** Source line of the YAML text's first line. */
  firstLine: number;
  /** Document path the YAML's values end up at, for issue paths (`''` for the front matter). */
  path: string;
}

/**
 * Parses YAML with the YAML 1.2 *core* schema, so `lastUpdated: 2024-06-12`
 * stays the string `"2024-06-12"` (YAML 1.1 would make it a timestamp). An
 * explicit `!!timestamp` tag still yields a `Date`; it is written back as
 * `YYYY-MM-DD`. Anchors and aliases are refused: a policy header never needs
 * them, and refusing them rules out "billion laughs" expansion.
 *
 * Every object and key is marked with its source line in `ctx.lines`.
 * Returns `undefined` when the YAML has errors (they are in `ctx.issues`).
 */
export function readYaml(text: string, ctx: YamlContext): unknown {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    schema: 'core',
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const lineAt = (offset: number | undefined): number =>
    ctx.firstLine + (offset === undefined ? 0 : lineCounter.linePos(offset).line - 1);

  let failed = false;
  for (const problem of [...doc.errors, ...doc.warnings]) {
    ctx.issues.add(
      lineAt(problem.pos[0]),
      ctx.path,
      `invalid YAML: ${firstSentence(problem.message)}`,
    );
    failed = true;
  }
  if (failed) return undefined;

  const toPlain = (node: unknown, path: string, depth: number): unknown => {
    if (node === null || node === undefined) return null;
    const offset = (node as { range?: [number, number, number] }).range?.[0];
    if (depth > MAX_YAML_DEPTH) {
      ctx.issues.add(lineAt(offset), path, `YAML nested more than ${MAX_YAML_DEPTH} levels deep`);
      failed = true;
      return null;
    }
    if (isAlias(node)) {
      ctx.issues.add(lineAt(offset), path, 'YAML aliases (*name) are not supported here');
      failed = true;
      return null;
    }
    if (isScalar(node)) {
      if (node.anchor) {
        ctx.issues.add(lineAt(offset), path, 'YAML anchors (&name) are not supported here');
        failed = true;
      }
      return node.value instanceof Date ? formatDate(node.value) : node.value;
    }
    if (isSeq(node)) {
      const array: unknown[] = [];
      ctx.lines.mark(array, lineAt(offset));
      node.items.forEach((item, index) => {
        const itemOffset = (item as { range?: [number, number, number] } | null)?.range?.[0];
        ctx.lines.markKey(array, index, lineAt(itemOffset));
        array.push(toPlain(item, `${path}[${index}]`, depth + 1));
      });
      return array;
    }
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      ctx.lines.mark(object, lineAt(offset));
      for (const pair of node.items) {
        const keyNode = pair.key;
        const keyOffset = (keyNode as { range?: [number, number, number] } | null)?.range?.[0];
        const key = isScalar(keyNode) ? keyNode.value : undefined;
        if (typeof key !== 'string') {
          ctx.issues.add(lineAt(keyOffset), path, 'YAML keys must be plain names');
          failed = true;
          continue;
        }
        ctx.lines.markKey(object, key, lineAt(keyOffset));
        object[key] = toPlain(pair.value, path ? `${path}.${key}` : key, depth + 1);
      }
      return object;
    }
    return null;
  };

  const value = toPlain(doc.contents, ctx.path, 0);
  return failed ? undefined : value;
}

/** `2024-06-12T00:00:00.000Z` → `2024-06-12`; a time of day is kept so validation can name it. */
function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'invalid date';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** The yaml library's messages may carry a code frame after the first line; keep the sentence. */
function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
