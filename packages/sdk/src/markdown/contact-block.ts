import type { Code } from 'mdast';
import type { ContactBlock } from '../document/policy-types';
import { lineOf, type ConvertContext } from './convert-context';
import { readYaml } from './read-yaml';

const CONTACT_FIELDS = new Set(['title', 'email', 'phone', 'address', 'url']);

/**
 * A contact block, written as a fenced block whose info string is `contact`
 * and whose body is YAML with the keys `title`, `email`, `phone`, `address`
 * and `url`:
 *
 * ````md
 * ```contact
 * title: Data Protection Officer
 * email: privacy@ctt.id
 * phone: "+62 21 1234 5678"
 * ```
 * ````
 *
 * A fence is used because Markdown has no contact syntax and a fence keeps the
 * block's lines apart from the prose; any other key is refused (a typo such as
 * `emial` would otherwise vanish from what readers see).
 */
export function convertContactBlock(
  node: Code,
  path: string,
  ctx: ConvertContext,
): ContactBlock | undefined {
  const fenceLine = lineOf(node);
  const value = readYaml(node.value, {
    issues: ctx.issues,
    lines: ctx.lines,
    firstLine: (fenceLine ?? 0) + 1,
    path,
  });
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.issues.add(
      fenceLine,
      path,
      'a contact block holds "key: value" lines (title, email, phone, address, url)',
    );
    return undefined;
  }
  const fields = value as Record<string, unknown>;
  const block: ContactBlock = { type: 'contact' };
  ctx.lines.mark(block, fenceLine);
  let ok = true;
  for (const [key, field] of Object.entries(fields)) {
    const line = ctx.lines.lineOf(fields, key);
    if (!CONTACT_FIELDS.has(key)) {
      ctx.issues.add(
        line,
        `${path}.${key}`,
        `unknown contact field ${key} (use title, email, phone, address or url)`,
      );
      ok = false;
    } else if (typeof field !== 'string' || field.trim() === '') {
      ctx.issues.add(
        line,
        `${path}.${key}`,
        `contact ${key} must be text; put the value in quotes`,
      );
      ok = false;
    } else {
      (block as unknown as Record<string, string>)[key] = field.trim();
      ctx.lines.markKey(block, key, line);
    }
  }
  if (ok && Object.keys(block).length === 1) {
    ctx.issues.add(fenceLine, path, 'the contact block is empty');
    return undefined;
  }
  return ok ? block : undefined;
}
