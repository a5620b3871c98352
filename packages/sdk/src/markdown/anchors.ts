/**
 * The `#fragments` of a document and the sections they lead to. Real policies
 * link to ids the importer did not make: GitHub's heading slugs
 * (`#1-information-we-collect`), ids written on a heading that are not valid
 * section ids (`{#_kfosu7ttf89l}` from Google Docs), and `<a name="…">` /
 * `id="…"` anchors in HTML. Each becomes an alias of the section it sits in, so
 * a link to it becomes a link to that section's id.
 */
export class AnchorIndex {
  readonly #targets = new Map<string, string>();

  /** `fragment` leads to the section `sectionId`; the first section to claim a fragment keeps it. */
  add(fragment: string, sectionId: string): void {
    if (fragment === '') return;
    if (!this.#targets.has(fragment)) this.#targets.set(fragment, sectionId);
    const lower = fragment.toLowerCase();
    if (!this.#targets.has(lower)) this.#targets.set(lower, sectionId);
  }

  /** The section id a `#fragment` (without the `#`) leads to, if any. */
  resolve(fragment: string): string | undefined {
    let decoded = fragment;
    try {
      decoded = decodeURIComponent(fragment);
    } catch {
      // A malformed escape is matched as written.
    }
    return (
      this.#targets.get(fragment) ??
      this.#targets.get(decoded) ??
      this.#targets.get(decoded.toLowerCase())
    );
  }
}

/**
 * The id GitHub (github-slugger) gives a heading: lower-cased, punctuation
 * removed, spaces turned into hyphens, the leading number kept.
 *
 * @example
 * githubSlug('1. Information We Collect'); // '1-information-we-collect'
 */
export function githubSlug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const ANCHOR_ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

/** The `id` and `name` attribute values in a piece of literal HTML (`<a name="x">`). */
export function htmlAnchorIds(html: string): string[] {
  const ids: string[] = [];
  for (const match of html.matchAll(ANCHOR_ATTRIBUTE)) {
    const id = (match[1] ?? match[2] ?? match[3] ?? '').trim();
    if (id !== '') ids.push(id);
  }
  return ids;
}

/**
 * Whether a piece of literal HTML is only an anchor target with no text
 * (`<a name="x"></a>`, `<a id="x">`, `<span id="x"></span>`): it shows
 * nothing, so dropping it loses no word.
 */
export function isEmptyAnchorHtml(html: string): boolean {
  const rest = html
    .replace(/<(a|span)\b[^<>]*\s(?:id|name)\s*=[^<>]*>\s*(?:<\/\1\s*>)?/gi, '')
    .replace(/<\/a\s*>/gi, '')
    .trim();
  return rest === '' && /\s(?:id|name)\s*=/i.test(html);
}
