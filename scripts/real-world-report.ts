// `npx tsx scripts/real-world-report.ts [--json] [filter…]`: imports every policy of the
// real-world corpus (test/fixtures/real-world, see its README) and reports how far the
// importers are from real documents: imported or not, the first problem, the number of
// problems and warnings, and the share of the source's words the document kept.
//
// - Markdown goes through importMarkdown (packages/sdk/src/markdown/index.ts). When its options
//   take `metadata`, the file-name metadata is passed that way; otherwise a minimal front matter
//   block is prepended to files that have none, and the keys a file's own front matter lacks
//   are added to it (`--front-matter` / `--metadata` force either way).
// - HTML goes through importHtml (packages/sdk/src/html/index.ts) once that file exists;
//   until then every HTML file is reported as "no HTML importer".
// - Words kept: the source is reduced to its words (Unicode letters and digits, lower-cased)
//   after dropping front matter, Markdown syntax (ordered-list numbers too), HTML tags, kramdown
//   attributes and the URLs of link targets; the document's words are those of every text it holds (titles, paragraphs,
//   list items, callouts, contacts, table cells, image alt text…, link hrefs included). The
//   share is the number of source word occurrences the document's word multiset covers,
//   divided by the number of source words. A file that does not import keeps 0 %.
//
// A file name is `<service>.<lang>.md|html`: the service slug gives the id, the lang the
// locale. `filter` arguments keep only files whose name contains one of them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { importMarkdown } from '../packages/sdk/src/markdown/index';

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));
const corpus = here('../test/fixtures/real-world/');
const markdownSource = here('../packages/sdk/src/markdown/');
const htmlEntry = here('../packages/sdk/src/html/index.ts');

const FALLBACK_DATE = '2000-01-01';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
// `--out DIR`: also write every imported document there as JSON (for the viewer check).
const outAt = args.indexOf('--out');
const outDir = outAt === -1 ? undefined : args[outAt + 1];
const filters = args.filter((arg, i) => !arg.startsWith('--') && (outAt === -1 || i !== outAt + 1));

interface Metadata {
  id: string;
  version: string;
  locale: string;
  /** Left out when the body opens with a `#` heading: the importer reads that title itself. */
  title?: string;
  lastUpdated: string;
}

interface Warning {
  line?: number;
  message: string;
}

interface ImportOptions {
  metadata?: Metadata;
  onWarning?: (warning: Warning) => void;
}

type Importer = (text: string, options?: ImportOptions) => unknown;

interface Result {
  file: string;
  format: 'markdown' | 'html';
  service: string;
  lang: string;
  bytes: number;
  /** How the metadata reached the importer. */
  metadataVia: 'front matter added' | 'own front matter completed' | 'options.metadata' | 'none';
  imported: boolean;
  /** "no HTML importer" when there is none yet. */
  skipped?: string;
  /** The importer threw something other than a report of problems (a bug). */
  crashed?: boolean;
  /** First line of the first problem (the error's own first line when it has no issues). */
  firstError?: string;
  /** `firstError` without line numbers, quoted text and numbers: the cause, for grouping. */
  cause?: string;
  /** Every distinct cause among the problems reported. */
  causes?: string[];
  issues?: number;
  warnings: number;
  sourceWords: number;
  keptWords: number;
  /** keptWords / sourceWords, 0–100; 0 when nothing was imported. */
  wordsKeptPercent: number;
  /** Of an imported file: the source words its document lacks, most frequent first (≤ 10). */
  lostWords?: string[];
  /** Of an imported file: source syntax left as literal text ("HTML tag ×3", …). */
  leakedSyntax?: string[];
}

// ---------------------------------------------------------------------------------------------
// Words

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(WORD) ?? [];
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
  laquo: '«',
  raquo: '»',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : ' ';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** The words a reader of the Markdown sees. */
function markdownSourceWords(source: string): string[] {
  const text = source
    .replace(FRONT_MATTER, '')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    // Link and image targets: `](url "title")` and reference definitions.
    .replace(
      /\]\(\s*(?:<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g,
      '] ',
    )
    .replace(/^ {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, ' ')
    // Ordered list markers: the format numbers lists itself.
    .replace(/^([ \t>]*)\d{1,9}[.)](?=[ \t]|$)/gm, '$1')
    // kramdown attribute lists and heading ids.
    .replace(/\{:[^}\n]*\}/g, ' ')
    .replace(/\{#[^}\s]*\}/g, ' ')
    // Raw HTML tags (their attributes are not text); autolinks stay: their URL is visible.
    .replace(/<(?!https?:|mailto:)\/?[a-zA-Z][^<>]*>/g, ' ');
  return words(decodeEntities(text));
}

/** The words a reader of the HTML page sees. */
function htmlSourceWords(source: string): string[] {
  const text = source
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ');
  return words(decodeEntities(text));
}

/** Keys that hold metadata or structure, not text a reader sees. */
const NOT_TEXT = new Set([
  'schemaVersion',
  'id',
  'version',
  'locale',
  'lastUpdated',
  'effectiveDate',
  'type',
  'tone',
  'align',
  'ordered',
  'rowHeaders',
  'topics',
  'src',
]);

/** Every word the imported document holds, whatever block types it has. */
function documentWords(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(...words(value));
  else if (Array.isArray(value)) for (const item of value) documentWords(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!NOT_TEXT.has(key)) documentWords(child, into);
    }
  }
  return into;
}

/** Source syntax that should not survive as text, by what it is. */
const LEAKS: Array<[string, RegExp]> = [
  ['HTML tag', /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g],
  ['kramdown attribute', /\{:[^}]*\}/g],
  ['heading id', /\{#[^}\s]*\}/g],
  ['HTML entity', /&(?:#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi],
  ['table row', /^\s*\|.*\|\s*$/gm],
  ['Markdown escape', /\\[\\`*_{}[\]()#+\-.!|]/g],
];

/** Text strings of the document a reader sees, link hrefs left out. */
function documentTexts(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) documentTexts(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (!NOT_TEXT.has(key) && key !== 'href') documentTexts(child, into);
    }
  }
  return into;
}

/** Source syntax found as literal text in the document: "HTML tag ×3", … */
function leaks(document: unknown): string[] {
  const texts = documentTexts(document);
  const found: string[] = [];
  for (const [what, pattern] of LEAKS) {
    const count = texts.reduce((sum, text) => sum + (text.match(pattern)?.length ?? 0), 0);
    if (count > 0) found.push(count > 1 ? `${what} ×${count}` : what);
  }
  return found;
}

/**
 * How many of the source's word occurrences the document's words cover, and the source
 * words left over (the most frequent first, at most 10).
 */
function kept(source: string[], document: string[]): { count: number; lost: string[] } {
  const available = new Map<string, number>();
  for (const word of document) available.set(word, (available.get(word) ?? 0) + 1);
  let count = 0;
  const lost = new Map<string, number>();
  for (const word of source) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      count += 1;
      available.set(word, left - 1);
    } else {
      lost.set(word, (lost.get(word) ?? 0) + 1);
    }
  }
  const top = [...lost].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  return { count, lost: top.map(([word, times]) => (times > 1 ? `${word} ×${times}` : word)) };
}

// ---------------------------------------------------------------------------------------------
// Metadata from the file name and the first heading

/** A heading's plain text: formatting and link text kept, images dropped. */
function flatten(nodes: PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value.replace(/\n/g, ' ');
    else if (node.type === 'break') text += ' ';
    else if (node.type === 'inlineCode' || node.type === 'html') text += node.value;
    else if (
      node.type === 'strong' ||
      node.type === 'emphasis' ||
      node.type === 'delete' ||
      node.type === 'link' ||
      node.type === 'linkReference'
    ) {
      text += flatten(node.children);
    }
  }
  return text;
}

/** The text of the first heading, if it has any. */
function titleFromHeading(root: Root): string | undefined {
  const visit = (nodes: RootContent[]): Heading | undefined => {
    for (const node of nodes) {
      if (node.type === 'heading') return node;
      if ('children' in node && Array.isArray(node.children)) {
        const found = visit(node.children as RootContent[]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const heading = visit(root.children);
  if (!heading) return undefined;
  const text = flatten(heading.children)
    .replace(/<[^<>]*>/g, '')
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

function serviceTitle(service: string): string {
  return service
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

function metadataFor(service: string, lang: string, body: string): Metadata {
  const metadata: Metadata = {
    id: service,
    version: FALLBACK_DATE,
    locale: lang,
    lastUpdated: FALLBACK_DATE,
  };
  // A body that opens with a # heading has its title; giving it again could only differ
  // from the importer's own reading of the heading.
  const root: Root = fromMarkdown(body);
  const first = root.children.find((node) => node.type !== 'definition');
  if (!(first?.type === 'heading' && first.depth === 1)) {
    metadata.title = titleFromHeading(root) ?? serviceTitle(service);
  }
  return metadata;
}

/** The YAML lines for the metadata keys `yaml` (an existing front matter's body) lacks. */
function missingKeys(metadata: Metadata, yaml = ''): string[] {
  const has = (key: string): boolean => new RegExp(`^${key}\\s*:`, 'm').test(yaml);
  const lines: string[] = [];
  // JSON strings are YAML double-quoted scalars; the dates stay unquoted on purpose.
  if (!has('id')) lines.push(`id: ${metadata.id}`);
  if (!has('version')) lines.push(`version: ${JSON.stringify(metadata.version)}`);
  if (!has('locale')) lines.push(`locale: ${metadata.locale}`);
  if (!has('title') && metadata.title !== undefined) {
    lines.push(`title: ${JSON.stringify(metadata.title)}`);
  }
  if (!has('lastUpdated')) lines.push(`lastUpdated: ${metadata.lastUpdated}`);
  return lines;
}

function frontMatter(metadata: Metadata): string {
  return ['---', ...missingKeys(metadata), '---', ''].join('\n');
}

/** An existing front matter with the metadata keys it lacks added at its top. */
function completeFrontMatter(source: string, metadata: Metadata): string {
  const yaml = FRONT_MATTER.exec(source)?.[0] ?? '';
  const missing = missingKeys(metadata, yaml);
  if (missing.length === 0) return source;
  return source.replace(/^---[ \t]*\n/, `---\n${missing.join('\n')}\n`);
}

/** Whether importMarkdown's options name `metadata` (the real-world signature). */
function markdownTakesMetadata(): boolean {
  if (args.includes('--front-matter')) return false;
  if (args.includes('--metadata')) return true;
  for (const name of readdirSync(markdownSource)) {
    if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
    const text = readFileSync(markdownSource + name, 'utf8');
    const options = /interface ImportMarkdownOptions\b[^{]*\{([\s\S]*?)\n\}/.exec(text);
    if (options && /^\s*(?:readonly\s+)?metadata\??\s*:/m.test(options[1] ?? '')) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Errors

interface IssueLike {
  message?: unknown;
}

function issuesOf(error: unknown): IssueLike[] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? (issues as IssueLike[]) : [];
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

/** A problem's message without what differs between documents: its cause. */
function causeOf(message: string): string {
  return message
    .replace(/^line \d+:\s*/, '')
    .replace(/"[^"]*"|“[^”]*”|(?<!`)`[^`\n]+`(?!`)/g, '"…"')
    .replace(/\{#[^}]*\}/g, '{#…}')
    .replace(/(^|[\s(])#\w[^\s,;:)]*/g, '$1#…')
    .replace(/\[[^\]]*\]/g, '[…]')
    .replace(/\d+/g, (digits: string, at: number, all: string) =>
      // "a-z, 0-9" in a message is a character class, not a number.
      all.startsWith('0-9', at) || all.startsWith('0-9', at - 2) ? digits : 'N',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Running the importers

function run(
  importer: Importer,
  text: string,
  options: ImportOptions | undefined,
  /** Maps a line of `text` back to the file's own numbering (front matter may have been added). */
  sourceLine: (line: number) => number = (line) => line,
): Pick<
  Result,
  'imported' | 'crashed' | 'firstError' | 'cause' | 'causes' | 'issues' | 'warnings'
> & {
  document?: unknown;
} {
  let warnings = 0;
  const onWarning = (): void => {
    warnings += 1;
  };
  try {
    const document = importer(text, { ...options, onWarning });
    return { imported: true, warnings, document };
  } catch (error) {
    const issues = issuesOf(error);
    if (issues.length === 0) {
      // Not a report of problems: the importer itself failed.
      const message = firstLine(
        error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      );
      const frame = (error instanceof Error ? (error.stack ?? '') : '')
        .split('\n')
        .find((line) => line.includes('/packages/'))
        ?.replace(/^.*\/packages\//, 'packages/')
        .replace(/\)$/, '');
      return {
        imported: false,
        crashed: true,
        warnings,
        firstError: frame ? `${message} (at ${frame})` : message,
        cause: `the importer crashed: ${causeOf(message)}`,
        causes: [`the importer crashed: ${causeOf(message)}`],
      };
    }
    const messages = issues.map((issue) =>
      String(issue.message ?? '').replace(
        /^line (\d+):/,
        (_match, line: string) => `line ${sourceLine(Number(line))}:`,
      ),
    );
    const first = messages[0] ?? '';
    return {
      imported: false,
      warnings,
      firstError: firstLine(first),
      cause: causeOf(firstLine(first)),
      causes: [...new Set(messages.map((m) => causeOf(firstLine(m))))],
      issues: issues.length,
    };
  }
}

function saveDocument(name: string, document: unknown): void {
  if (!outDir || document === undefined) return;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(`${outDir}/${name}.json`, JSON.stringify(document));
}

function parseName(file: string): { service: string; lang: string } {
  const match = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.(?:md|html)$/.exec(file);
  return { service: match?.[1] ?? file, lang: match?.[2] ?? 'und' };
}

function listFiles(directory: string, extension: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(extension))
    .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
    .sort();
}

const results: Result[] = [];
const takesMetadata = markdownTakesMetadata();

for (const file of listFiles(`${corpus}markdown/`, '.md')) {
  const text = readFileSync(`${corpus}markdown/${file}`, 'utf8');
  const { service, lang } = parseName(file);
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const hasFrontMatter = FRONT_MATTER.test(source);
  const metadata = metadataFor(service, lang, source.replace(FRONT_MATTER, ''));
  let input = source;
  let options: ImportOptions | undefined;
  let metadataVia: Result['metadataVia'];
  let sourceLine = (line: number): number => line;
  if (takesMetadata) {
    options = { metadata };
    metadataVia = 'options.metadata';
  } else if (hasFrontMatter) {
    input = completeFrontMatter(source, metadata);
    const added = input.split('\n').length - source.split('\n').length;
    sourceLine = (line) => (line > 1 + added ? line - added : Math.min(line, 1));
    metadataVia = 'own front matter completed';
  } else {
    const block = frontMatter(metadata);
    input = block + source;
    const added = block.split('\n').length - 1;
    // Problems on the added block itself are reported on line 1.
    sourceLine = (line) => Math.max(1, line - added);
    metadataVia = 'front matter added';
  }
  const outcome = run(importMarkdown as Importer, input, options, sourceLine);
  saveDocument(`${service}.${lang}.md`, outcome.document);
  const sourceWords = markdownSourceWords(source);
  const coverage = outcome.document
    ? kept(sourceWords, documentWords(outcome.document))
    : undefined;
  const { document: _document, ...rest } = outcome;
  results.push({
    file: `markdown/${file}`,
    format: 'markdown',
    service,
    lang,
    bytes: Buffer.byteLength(text),
    metadataVia,
    ...rest,
    sourceWords: sourceWords.length,
    keptWords: coverage?.count ?? 0,
    wordsKeptPercent: sourceWords.length ? (100 * (coverage?.count ?? 0)) / sourceWords.length : 0,
    lostWords: coverage && coverage.lost.length > 0 ? coverage.lost : undefined,
    leakedSyntax: outcome.document ? nonEmpty(leaks(outcome.document)) : undefined,
  });
}

let importHtml: Importer | undefined;
if (existsSync(htmlEntry)) {
  const entry = (await import(pathToFileURL(htmlEntry).href)) as { importHtml?: Importer };
  importHtml = entry.importHtml;
}

for (const file of listFiles(`${corpus}html/`, '.html')) {
  const text = readFileSync(`${corpus}html/${file}`, 'utf8');
  const { service, lang } = parseName(file);
  const sourceWords = htmlSourceWords(text);
  const base = {
    file: `html/${file}`,
    format: 'html' as const,
    service,
    lang,
    bytes: Buffer.byteLength(text),
    sourceWords: sourceWords.length,
  };
  if (!importHtml) {
    results.push({
      ...base,
      metadataVia: 'none',
      imported: false,
      skipped: 'no HTML importer',
      firstError: 'no HTML importer',
      cause: 'no HTML importer',
      causes: ['no HTML importer'],
      warnings: 0,
      keptWords: 0,
      wordsKeptPercent: 0,
    });
    continue;
  }
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
  const metadata: Metadata = {
    id: service,
    version: FALLBACK_DATE,
    locale: lang,
    title:
      (title ? decodeEntities(title).replace(/\s+/g, ' ').trim() : '') || serviceTitle(service),
    lastUpdated: FALLBACK_DATE,
  };
  const outcome = run(importHtml, text, { metadata });
  saveDocument(`${service}.${lang}.html`, outcome.document);
  const coverage = outcome.document
    ? kept(sourceWords, documentWords(outcome.document))
    : undefined;
  const { document: _document, ...rest } = outcome;
  results.push({
    ...base,
    metadataVia: 'options.metadata',
    ...rest,
    keptWords: coverage?.count ?? 0,
    wordsKeptPercent: sourceWords.length ? (100 * (coverage?.count ?? 0)) / sourceWords.length : 0,
    lostWords: coverage && coverage.lost.length > 0 ? coverage.lost : undefined,
    leakedSyntax: outcome.document ? nonEmpty(leaks(outcome.document)) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Report

function nonEmpty(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function countBy(keys: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function summarise(subset: Result[]) {
  const imported = subset.filter((result) => result.imported);
  return {
    files: subset.length,
    imported: imported.length,
    crashed: subset.filter((result) => result.crashed).length,
    medianWordsKeptPercent: median(subset.map((result) => result.wordsKeptPercent)),
    medianWordsKeptPercentOfImported: median(imported.map((result) => result.wordsKeptPercent)),
  };
}

const failed = results.filter((result) => !result.imported);
const firstCauses = countBy(failed.map((result) => result.cause ?? 'unknown'));
const anyCauses = countBy(failed.flatMap((result) => result.causes ?? []));
const summary = {
  ...summarise(results),
  markdown: summarise(results.filter((result) => result.format === 'markdown')),
  html: summarise(results.filter((result) => result.format === 'html')),
  markdownMetadataVia: takesMetadata ? 'options.metadata' : 'front matter',
  htmlImporter: importHtml ? 'importHtml' : 'none',
};

if (asJson) {
  const report = {
    summary,
    failuresByFirstCause: Object.fromEntries(firstCauses),
    failuresByAnyCause: Object.fromEntries(anyCauses),
    results,
  };
  console.log(JSON.stringify(report, null, 2));
} else {
  const percent = (value: number): string => `${value.toFixed(1)} %`;
  const rows = results.map((result) => [
    result.file,
    result.imported
      ? 'imported'
      : result.skipped
        ? 'skipped'
        : result.crashed
          ? 'crashed'
          : 'failed',
    percent(result.wordsKeptPercent),
    String(result.issues ?? ''),
    String(result.warnings || ''),
    (result.imported
      ? (result.leakedSyntax ?? []).map((leak) => `left as text: ${leak}`).join(', ')
      : (result.firstError ?? '')
    ).slice(0, 110),
  ]);
  const header = ['file', 'result', 'words kept', 'problems', 'warnings', 'first error / notes'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 2 || column === 3 || column === 4
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(row));
  console.log('');
  const { markdown, html } = summary;
  console.log(
    `${summary.imported} of ${summary.files} import; median words kept ${percent(summary.medianWordsKeptPercent)}`,
  );
  console.log(
    `  Markdown: ${markdown.imported} of ${markdown.files} import; median words kept ${percent(markdown.medianWordsKeptPercent)}` +
      (markdown.imported
        ? ` (${percent(markdown.medianWordsKeptPercentOfImported)} of those imported)`
        : '') +
      ` — metadata via ${summary.markdownMetadataVia}`,
  );
  if (summary.crashed > 0) {
    console.log(
      `  ${summary.crashed} crashed: the importer threw an error that is not a report of problems`,
    );
  }
  console.log(
    `  HTML: ${html.imported} of ${html.files} import; median words kept ${percent(html.medianWordsKeptPercent)}` +
      (importHtml ? '' : ' — no HTML importer yet'),
  );
  console.log('');
  console.log('Failures by cause (the first problem of each policy):');
  for (const [cause, count] of firstCauses) {
    console.log(`  ${cause}: ${count} ${count === 1 ? 'policy' : 'policies'}`);
  }
  console.log('');
  console.log('Policies with at least one problem of each kind:');
  for (const [cause, count] of anyCauses) {
    console.log(`  ${cause}: ${count} ${count === 1 ? 'policy' : 'policies'}`);
  }
}
