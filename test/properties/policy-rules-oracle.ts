/**
 * The rules of the policy format (SPEC "The policy document"; the numbers are
 * the documented `LIMITS`), written again from scratch as plain code — no SDK
 * pattern, schema or helper — so the property tests can check `parsePolicy`
 * against something that does not share its bugs. It returns every rule a
 * value breaks, as `path: rule` strings; `[]` means a valid document.
 *
 * Written for clarity, not speed; it only ever sees documents that fit within
 * the nesting limit (it checks that first, iteratively).
 */
import { LIMITS } from '@policykit/sdk';

type Obj = Record<string, unknown>;

const KNOWN_RIGHTS = new Set([
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'withdraw-consent',
  'automated-decision',
  'information',
  'complaint',
]);
const BLOCK_TYPES = new Set(['paragraph', 'list', 'callout', 'contact', 'table', 'image']);
const ALIGNS = new Set(['start', 'center', 'end']);
const TONES = new Set(['info', 'important', 'warning']);

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** a-z, 0-9 and single inner hyphens, checked character by character. */
export function isSlug(value: string): boolean {
  if (value === '' || value.startsWith('-') || value.endsWith('-')) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!letterOrDigit && !(c === '-' && value[i - 1] !== '-')) return false;
  }
  return true;
}

/** YYYY-MM-DD naming a day that exists in the proleptic Gregorian calendar. */
export function isRealDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const digits = value.slice(0, 4) + value.slice(5, 7) + value.slice(8, 10);
  for (const c of digits) if (c < '0' || c > '9') return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** White space or a control character anywhere: browsers strip some of them from URLs. */
function hasSpaceOrControl(value: string): boolean {
  for (const c of value) {
    const code = c.codePointAt(0)!;
    if (code <= 0x1f || code === 0x7f || c.trim() === '') return true;
  }
  return false;
}

/** What a browser would make of the link: the WHATWG URL parser, relative to some page. */
function resolvedProtocol(href: string): string | undefined {
  try {
    return new URL(href, 'https://host.example/page').protocol;
  } catch {
    return undefined;
  }
}

/**
 * An allowed link: `https://…`/`http://…` with a host, `mailto:…`, `tel:…`
 * (scheme letters in any case), or `#id` of a section; nothing with white
 * space or control characters; and a browser must resolve it to one of those
 * same schemes.
 */
export function hrefProblem(href: string, sectionIds: ReadonlySet<string>): string | undefined {
  if (href.length > LIMITS.maxHrefLength) return 'too long';
  if (hasSpaceOrControl(href)) return 'white space or control character';
  if (href.startsWith('#')) {
    const id = href.slice(1);
    if (!isSlug(id)) return 'anchor is not a slug';
    return sectionIds.has(id) ? undefined : 'anchor names no section';
  }
  const lower = href.toLowerCase();
  const scheme = ['https://', 'http://', 'mailto:', 'tel:'].find((s) => lower.startsWith(s));
  if (!scheme || href.length === scheme.length) return 'scheme not allowed';
  const protocol = resolvedProtocol(href);
  if (protocol !== scheme.replace('//', '')) return `a browser reads it as ${String(protocol)}`;
  if (scheme.startsWith('http') && new URL(href).hostname === '') return 'no host';
  return undefined;
}

/** `http(s)://` with a host only (contact URLs). */
function webUrlProblem(url: string): string | undefined {
  const lower = url.toLowerCase();
  if (!lower.startsWith('https://') && !lower.startsWith('http://')) return 'not a web URL';
  return hrefProblem(url, new Set());
}

function isLocale(value: string): boolean {
  if (value.length === 0 || value.includes('_')) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** Depth of nested objects/arrays (the document is 1) and the count of values, iteratively. */
function measure(root: unknown): { depth: number; values: number } {
  let depth = 0;
  let values = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, level] = stack.pop()!;
    values++;
    if (typeof value !== 'object' || value === null) continue;
    depth = Math.max(depth, level);
    if (depth > LIMITS.maxNestingDepth || values > LIMITS.maxValues) break;
    for (const child of Object.values(value)) stack.push([child, level + 1]);
  }
  return { depth, values };
}

/**
 * Every rule `doc` breaks, as `path: rule`; `[]` for a valid policy document.
 *
 * @example
 * ruleViolations({ ...valid, sections: [] }); // ['sections: at least one section']
 */
export function ruleViolations(doc: unknown): string[] {
  const out: string[] = [];
  const fail = (path: string, rule: string) => out.push(`${path || '(document)'}: ${rule}`);

  const { depth, values } = measure(doc);
  if (depth > LIMITS.maxNestingDepth) return [`(document): nested ${depth} deep`];
  if (values > LIMITS.maxValues) return [`(document): ${values} values`];
  if (!isObj(doc)) return ['(document): not an object'];

  const str = (value: unknown, path: string, max: number, nonBlank: boolean): boolean => {
    if (typeof value !== 'string') return (fail(path, 'not a string'), false);
    if (value.length > max) return (fail(path, `longer than ${max}`), false);
    if (nonBlank && value.trim() === '') return (fail(path, 'blank'), false);
    return true;
  };
  const optional = (
    owner: Obj,
    key: string,
    path: string,
    check: (v: unknown, p: string) => void,
  ) => {
    if (Object.hasOwn(owner, key)) check(owner[key], path ? `${path}.${key}` : key);
  };
  const title = (v: unknown, p: string) => str(v, p, LIMITS.maxTitleLength, true);
  const text = (v: unknown, p: string) => str(v, p, LIMITS.maxTextLength, false);

  // Section ids first: links may point forward.
  const ids = new Set<string>();
  let sectionCount = 0;
  const collect = (sections: unknown, path: string, level: number) => {
    if (!Array.isArray(sections)) return;
    sections.forEach((section, i) => {
      if (!isObj(section)) return;
      sectionCount++;
      if (level > LIMITS.maxSectionDepth) fail(`${path}[${i}]`, `section at level ${level}`);
      if (typeof section.id === 'string') {
        if (ids.has(section.id)) fail(`${path}[${i}].id`, `duplicate id ${section.id}`);
        ids.add(section.id);
      }
      collect(section.sections, `${path}[${i}].sections`, level + 1);
    });
  };
  collect(doc.sections, 'sections', 1);
  if (sectionCount > LIMITS.maxSections) fail('sections', `${sectionCount} sections`);

  const inline = (value: unknown, path: string) => {
    if (typeof value === 'string') return void text(value, path);
    if (!Array.isArray(value)) return fail(path, 'not text');
    value.forEach((span, i) => {
      const at = `${path}[${i}]`;
      if (typeof span === 'string') return void text(span, at);
      if (!isObj(span)) return fail(at, 'not a span');
      if (span.type === 'link') {
        if (str(span.href, `${at}.href`, LIMITS.maxHrefLength, false)) {
          const problem = hrefProblem(span.href as string, ids);
          if (problem) fail(`${at}.href`, problem);
        }
        title(span.text, `${at}.text`);
        optional(span, 'title', at, title);
      } else if (span.type === 'strong' || span.type === 'em') {
        text(span.text, `${at}.text`);
      } else if (span.type !== 'break') fail(`${at}.type`, 'unknown span');
    });
  };

  const contact = (value: Obj, path: string) => {
    optional(value, 'title', path, title);
    optional(value, 'phone', path, title);
    optional(value, 'address', path, text);
    optional(value, 'email', path, (v, p) => {
      if (!str(v, p, LIMITS.maxTitleLength, false)) return;
      const email = v as string;
      const at = email.indexOf('@');
      const domain = email.slice(at + 1);
      if (
        hasSpaceOrControl(email) ||
        at < 1 ||
        domain.includes('@') ||
        !domain.slice(1, -1).includes('.')
      ) {
        fail(p, 'not an e-mail address');
      }
    });
    optional(value, 'url', path, (v, p) => {
      if (!str(v, p, LIMITS.maxHrefLength, false)) return;
      const problem = webUrlProblem(v as string);
      if (problem) fail(p, problem);
    });
  };

  // A list item or table cell: text, or an object holding blocks one level deeper.
  const itemOrCell = (value: unknown, path: string, calloutLevel: number, level: number) => {
    if (isObj(value)) return blocks(value.blocks, `${path}.blocks`, calloutLevel, level + 1);
    inline(value, path);
  };

  const blocks = (value: unknown, path: string, calloutLevel: number, level = 1): void => {
    if (!Array.isArray(value)) return void fail(path, 'not an array');
    if (value.length > LIMITS.maxBlocks) fail(path, `${value.length} blocks`);
    value.forEach((block, i) => {
      const at = `${path}[${i}]`;
      if (!isObj(block) || !BLOCK_TYPES.has(block.type as string)) return fail(at, 'not a block');
      if (level > LIMITS.maxBlockDepth) fail(at, `block at level ${level}`);
      switch (block.type) {
        case 'paragraph':
          return inline(block.text, `${at}.text`);
        case 'list':
          optional(
            block,
            'ordered',
            at,
            (v, p) => typeof v !== 'boolean' && fail(p, 'not boolean'),
          );
          optional(block, 'title', at, title);
          if (!Array.isArray(block.items)) return fail(`${at}.items`, 'not an array');
          if (block.items.length > LIMITS.maxListItems) fail(`${at}.items`, 'too many items');
          return block.items.forEach((item, j) =>
            itemOrCell(item, `${at}.items[${j}]`, calloutLevel, level),
          );
        case 'callout':
          if (!TONES.has(block.tone as string)) fail(`${at}.tone`, 'unknown tone');
          optional(block, 'title', at, title);
          if (calloutLevel + 1 > LIMITS.maxCalloutDepth) fail(at, 'callout nested too deep');
          return blocks(block.blocks, `${at}.blocks`, calloutLevel + 1, level + 1);
        case 'table': {
          optional(block, 'caption', at, title);
          optional(
            block,
            'rowHeaders',
            at,
            (v, p) => typeof v !== 'boolean' && fail(p, 'not boolean'),
          );
          const columns = block.columns;
          if (!Array.isArray(columns)) return fail(`${at}.columns`, 'not an array');
          if (columns.length === 0) fail(`${at}.columns`, 'no columns');
          if (columns.length > LIMITS.maxTableColumns) fail(`${at}.columns`, 'too many columns');
          columns.forEach((column, j) => {
            const c = `${at}.columns[${j}]`;
            if (!isObj(column)) return fail(c, 'not an object');
            inline(column.title, `${c}.title`);
            optional(
              column,
              'align',
              c,
              (v, p) => !ALIGNS.has(v as string) && fail(p, 'unknown align'),
            );
          });
          if (!Array.isArray(block.rows)) return fail(`${at}.rows`, 'not an array');
          if (block.rows.length > LIMITS.maxTableRows) fail(`${at}.rows`, 'too many rows');
          return block.rows.forEach((row, r) => {
            const rp = `${at}.rows[${r}]`;
            if (!Array.isArray(row)) return fail(rp, 'not an array');
            if (columns.length > 0 && row.length !== columns.length) fail(rp, 'cells ≠ columns');
            row.forEach((cell, c) => itemOrCell(cell, `${rp}[${c}]`, calloutLevel, level));
          });
        }
        case 'image': {
          optional(block, 'title', at, title);
          text(block.alt, `${at}.alt`);
          if (!str(block.src, `${at}.src`, LIMITS.maxHrefLength, false)) return;
          const src = block.src as string;
          // https: only, written out; no white space or control characters; a host.
          let host = '';
          try {
            host = new URL(src).hostname;
          } catch {
            // no host
          }
          if (
            src.slice(0, 8).toLowerCase() !== 'https://' ||
            hasSpaceOrControl(src) ||
            host === ''
          ) {
            fail(`${at}.src`, 'not an https: URL with a host');
          }
          return;
        }
        default:
          return contact(block, at);
      }
    });
  };

  const sections = (value: unknown, path: string) => {
    if (!Array.isArray(value)) return fail(path, 'not an array');
    value.forEach((section, i) => {
      const at = `${path}[${i}]`;
      if (!isObj(section)) return fail(at, 'not an object');
      if (!str(section.id, `${at}.id`, LIMITS.maxIdLength, false)) {
        // reported
      } else if (!isSlug(section.id as string)) fail(`${at}.id`, 'not a slug');
      title(section.title, `${at}.title`);
      optional(section, 'summary', at, text);
      blocks(section.blocks, `${at}.blocks`, 0);
      optional(section, 'sections', at, sections);
    });
  };

  if (doc.schemaVersion !== 1) fail('schemaVersion', 'not 1');
  if (str(doc.id, 'id', LIMITS.maxIdLength, false) && !isSlug(doc.id as string)) {
    fail('id', 'not a slug');
  }
  str(doc.version, 'version', LIMITS.maxIdLength, true);
  if (str(doc.locale, 'locale', LIMITS.maxIdLength, false) && !isLocale(doc.locale as string)) {
    fail('locale', 'not a BCP 47 tag');
  }
  title(doc.title, 'title');
  for (const key of ['lastUpdated', 'effectiveDate']) {
    if (key === 'lastUpdated' || Object.hasOwn(doc, key)) {
      const value = doc[key];
      if (typeof value !== 'string' || !isRealDate(value)) fail(key, 'not a real YYYY-MM-DD date');
    }
  }
  optional(doc, 'appliesTo', '', text);
  optional(doc, 'organization', '', (v, p) =>
    isObj(v) ? title(v.name, `${p}.name`) : fail(p, 'not an object'),
  );
  optional(doc, 'contact', '', (v, p) => (isObj(v) ? contact(v, p) : fail(p, 'not an object')));
  optional(doc, 'rights', '', (v, p) => {
    if (!Array.isArray(v)) return fail(p, 'not an array');
    const seen = new Set<string>();
    v.forEach((right, i) => {
      const at = `${p}[${i}]`;
      if (!isObj(right)) return fail(at, 'not an object');
      if (str(right.id, `${at}.id`, LIMITS.maxIdLength, false)) {
        const id = right.id as string;
        if (!KNOWN_RIGHTS.has(id) && !(id.startsWith('x-') && isSlug(id.slice(2)))) {
          fail(`${at}.id`, 'unknown right');
        }
        if (seen.has(id)) fail(`${at}.id`, 'listed twice');
        seen.add(id);
      }
      optional(right, 'title', at, title);
      optional(right, 'description', at, text);
    });
  });
  if (Array.isArray(doc.sections) && doc.sections.length === 0) fail('sections', 'no section');
  sections(doc.sections, 'sections');
  return out;
}
