import type { Root } from 'mdast';
// By package name, not '../document': the built entries stay separate files, so the
// CommonJS build of this entry would otherwise carry its own copy of PolicyValidationError
// and `error instanceof PolicyValidationError` (imported from '@policykit/sdk') would fail.
import { PolicyValidationError, safeParsePolicy } from '@policykit/sdk';
import type { PolicyDocument } from '../document/policy-types';
import { AnchorIndex } from './anchors';
import { buildSections, type PositionAnchor } from './build-sections';
import type { ConvertContext } from './convert-context';
import { inferLastUpdated } from './infer-metadata';
import type { ImportWarning } from './import-warnings';
import { WarningCollector } from './import-warnings';
import type { IssueCollector } from './markdown-issues';
import type { SourceLines } from './source-lines';

/**
 * Document metadata given by the caller, for what the source itself lacks
 * (a web page has no front matter): front matter wins over these, these win
 * over what is inferred from the text.
 *
 * @example
 * const metadata: PolicyMetadata = { id: 'acme-privacy', locale: 'en', version: '2024-06-12' };
 */
export interface PolicyMetadata {
  /** The document id (a slug: a-z, 0-9, hyphens). */
  id?: string;
  /** The version; defaults to `lastUpdated` when neither source nor options give one. */
  version?: string;
  /** BCP 47, e.g. `en`, `id-ID`; an HTML page's `lang` is used when none is given. */
  locale?: string;
  /** The title; the source's first `#` heading wins over it. */
  title?: string;
  /** `YYYY-MM-DD`; read from the text ("Last updated: …") when none is given. */
  lastUpdated?: string;
}

/**
 * Options of `importMarkdown` and `importHtml`.
 *
 * @example
 * importMarkdown(text, {
 *   metadata: { id: 'acme-privacy', locale: 'en', version: '3' },
 *   onWarning: ({ line, message }) => console.warn(`policy.md:${line}: ${message}`),
 * });
 */
export interface ImportOptions {
  /** Longest source accepted, in characters (default 1 MiB). Larger input is refused before parsing. */
  maxLength?: number;
  /**
   * Called once for each change made to fit the source into the format (a rule
   * dropped, a table turned into a list, a link to nowhere kept as text…), in
   * source order. Nothing is dropped without one.
   */
  onWarning?: (warning: ImportWarning) => void;
  /**
   * Every warning becomes an error instead (a `PolicyValidationError` issue at
   * the same line): what CI of authored documents uses, so they stay in the dialect.
   */
  strict?: boolean;
  /** Metadata for what the front matter lacks (all of it, for a page without one). */
  metadata?: PolicyMetadata;
  /**
   * Make bold-only paragraphs that look like headings (`**Your rights**` alone
   * on a line, followed by text) sections. Without it they are reported and kept.
   */
  promoteBoldHeadings?: boolean;
  /**
   * The page's address: relative links (`/privacy#cookies`) are resolved
   * against it. Without it they are kept as text, with a warning.
   */
  baseUrl?: string | URL;
}

/** The order keys are written in: metadata first, sections last, unknown keys in between. */
const KEY_ORDER = [
  'schemaVersion',
  'id',
  'version',
  'locale',
  'title',
  'lastUpdated',
  'effectiveDate',
  'appliesTo',
  'organization',
  'contact',
  'rights',
] as const;

/** What the Markdown and HTML importers hand over once the source is a tree. */
export interface TreeImport {
  root: Root;
  /** Fields read from the front matter (empty without one). */
  fields: Record<string, unknown>;
  /** Whether the source had front matter. */
  hasFrontMatter: boolean;
  /** The line of the opening `---` (1 without front matter). */
  fenceLine: number;
  /** The source text metadata may be inferred from (the body, without front matter). */
  text: string;
  /** The source line of a position in `text`, when `text` is not the source itself (HTML). */
  lineAt?: (index: number) => number | undefined;
  issues: IssueCollector;
  lines: SourceLines;
  options: ImportOptions;
  /** `Markdown policy` or `HTML policy`, for the error message. */
  subject: string;
  unsafeLinks: ConvertContext['unsafeLinks'];
  /** Element ids in the source, by line (HTML ids, `<a name>` in Markdown). */
  positionAnchors: PositionAnchor[];
  /** A locale the source declares (`<html lang>`), used with a warning when none is given. */
  declaredLocale?: string | undefined;
  /** A title the source declares outside its headings (`<title>`). */
  declaredTitle?: string | undefined;
  /** Conversions made before the tree existed (page furniture the HTML importer dropped). */
  pageWarnings?: { line: number | undefined; message: string }[];
}

/**
 * The part both importers share: sections from the tree, metadata from front
 * matter, options and the text, validation like `parsePolicy`, and the
 * warnings (or, in `strict` mode, the issues they became).
 */
export function importTree(input: TreeImport): PolicyDocument {
  const { fields, issues, lines, options } = input;
  const warnings = new WarningCollector(issues, options.strict === true);
  const ctx: ConvertContext = {
    issues,
    warnings,
    lines,
    anchors: new AnchorIndex(),
    unsafeLinks: input.unsafeLinks,
    baseUrl: baseUrlOf(options.baseUrl, issues),
    promoteBoldHeadings: options.promoteBoldHeadings === true,
    blockDepth: 0,
  };
  for (const warning of input.pageWarnings ?? []) warnings.add(warning.line, '', warning.message);
  const metadata = options.metadata ?? {};
  const known = (key: keyof PolicyMetadata) => key in fields || metadata[key] !== undefined;
  const fill = (key: keyof PolicyMetadata, value: unknown, line?: number) => {
    fields[key] = value;
    if (line !== undefined) lines.markKey(fields, key, line);
  };

  // The locale names the introduction; take it from wherever it will come from.
  if (!known('locale') && input.declaredLocale) {
    warnings.add(
      undefined,
      'locale',
      `locale ${input.declaredLocale} taken from the page's lang attribute`,
    );
    fill('locale', input.declaredLocale);
  }
  const locale = fields.locale ?? metadata.locale;
  const body = buildSections(input.root, locale, ctx, input.positionAnchors, fields.title);

  for (const key of ['id', 'version', 'locale', 'lastUpdated'] as const) {
    if (!(key in fields) && metadata[key] !== undefined) fill(key, metadata[key]);
  }
  if (body.title) {
    if (fields.title === undefined) {
      if (metadata.title !== undefined && metadata.title !== body.title.text) {
        warnings.add(
          body.title.line,
          'title',
          `the # heading "${body.title.text}" gives the title; the title "${metadata.title}" given in the options is not used`,
        );
      }
      fill('title', body.title.text, body.title.line);
    } else if (fields.title !== body.title.text) {
      issues.add(
        body.title.line,
        'title',
        `the # heading "${body.title.text}" differs from the front matter title "${String(fields.title)}"; give the title once`,
      );
    }
  } else if (fields.title === undefined && metadata.title !== undefined) {
    fill('title', metadata.title);
  } else if (fields.title === undefined && input.declaredTitle) {
    warnings.add(
      undefined,
      'title',
      `the title "${input.declaredTitle}" was taken from the page's <title>`,
    );
    fill('title', input.declaredTitle);
  }
  if (!('lastUpdated' in fields)) {
    const inferred = inferLastUpdated(input.text);
    if (inferred) {
      const line = input.lineAt ? input.lineAt(inferred.index) : inferred.line;
      warnings.add(
        line,
        'lastUpdated',
        `lastUpdated ${inferred.date} was inferred from the text "${inferred.phrase}"`,
      );
      fill('lastUpdated', inferred.date, line);
    }
  }
  if (!('version' in fields) && !input.hasFrontMatter && typeof fields.lastUpdated === 'string') {
    warnings.add(
      undefined,
      'version',
      `no version given: the lastUpdated date ${fields.lastUpdated} is used`,
    );
    fill('version', fields.lastUpdated);
  }

  // Without front matter or metadata every field would be reported missing; one problem says it better.
  const canValidate =
    input.hasFrontMatter || options.metadata !== undefined || input.subject === 'HTML policy';
  if (!canValidate) {
    // An unclosed front matter block has been reported already.
    if (issues.size === 0)
      issues.add(
        1,
        '',
        'the document must start with front matter: a --- line, YAML giving id, version, locale and lastUpdated, and another --- line (or pass them as options.metadata)',
      );
  } else {
    for (const key of ['id', 'version', 'locale', 'lastUpdated'] as const) {
      if (key in fields) continue;
      issues.add(
        input.fenceLine,
        key,
        input.hasFrontMatter
          ? `the front matter has no ${key}`
          : `no ${key}: give it in options.metadata.${key} (policykit import --${key === 'lastUpdated' ? 'last-updated' : key})`,
      );
    }
    if (fields.title === undefined) {
      issues.add(
        input.fenceLine,
        'title',
        input.hasFrontMatter
          ? 'no title: add title: to the front matter or a # heading'
          : 'no title: give a # heading or options.metadata.title (policykit import --title)',
      );
    }
  }
  if ('sections' in fields) {
    issues.add(
      lines.lineOf(fields, 'sections'),
      'sections',
      'sections come from the ## headings; remove sections from the front matter',
    );
  }
  if (body.sections.length === 0 && canValidate) {
    issues.add(undefined, 'sections', 'the document has no sections: start one with a ## heading');
  }

  const document: Record<string, unknown> = {};
  lines.mark(document, input.fenceLine);
  document.schemaVersion = fields.schemaVersion ?? 1;
  for (const key of KEY_ORDER) if (key in fields) document[key] = fields[key];
  for (const key of Object.keys(fields)) if (!(key in document)) document[key] = fields[key];
  document.sections = body.sections;
  for (const key of Object.keys(fields)) lines.markKey(document, key, lines.lineOf(fields, key));

  const result = canValidate ? safeParsePolicy(document) : undefined;
  if (result && !result.success) {
    for (const issue of result.issues) {
      // The importer's own report about a place is the more useful one.
      if (issues.covers(issue.path)) continue;
      issues.add(lines.lineOf(document, issue.path), issue.path, issue.message);
    }
  }
  const found = warnings.toArray().sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (options.onWarning) for (const warning of found) options.onWarning(warning);
  if (issues.size > 0 || !result?.success) {
    throw new PolicyValidationError(issues.toArray(), { subject: input.subject });
  }
  return result.data;
}

function baseUrlOf(base: string | URL | undefined, issues: IssueCollector): URL | undefined {
  if (base === undefined) return undefined;
  try {
    const url = new URL(base);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // reported below
  }
  issues.add(undefined, '', `baseUrl ${String(base)} is not an absolute https: or http: URL`);
  return undefined;
}
