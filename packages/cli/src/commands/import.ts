import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PolicyDocument } from '@policykit/sdk';
import { importHtml } from '@policykit/sdk/html';
import {
  importMarkdown,
  PolicyValidationError,
  type ImportOptions,
  type ImportWarning,
  type PolicyMetadata,
} from '@policykit/sdk/markdown';
import { EXIT, type CliIo, type ExitCode } from '../cli-io';
import { fetchSource } from '../fetch-source';
import { parseCommandArgs } from '../parse-command-args';
import { describeFsError, formatProblem, MAX_FILE_BYTES } from '../read-policy';
import { USAGE } from '../usage';
import { UsageError } from '../usage-error';

type Format = 'markdown' | 'html';

/**
 * `policykit import <file.md|file.html|https-URL> [-o out.json] [--strict] [metadata flags]`:
 * the document as pretty JSON on stdout or in the output file; every conversion
 * as a warning on stderr (`file:line: message`), problems on stderr too.
 * `--strict` turns the warnings into problems (exit 1).
 */
export async function importCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('import', args, {
    output: { type: 'string', short: 'o' },
    strict: { type: 'boolean' },
    id: { type: 'string' },
    locale: { type: 'string' },
    version: { type: 'string' },
    title: { type: 'string' },
    'last-updated': { type: 'string' },
    'promote-bold-headings': { type: 'boolean' },
    'base-url': { type: 'string' },
  });
  if (values.help) {
    io.stdout.write(USAGE.import);
    return EXIT.ok;
  }
  const [source, ...extra] = positionals;
  if (source === undefined || extra.length > 0) {
    throw new UsageError(
      'import needs exactly one Markdown or HTML file, or an https: URL',
      'import',
    );
  }

  const read = /^[a-z][a-z0-9+.-]*:\/\//i.test(source)
    ? await readUrl(source, io)
    : await readLocal(source, io.cwd);
  if (!read.ok) {
    io.stderr.write(`${formatProblem(source, { path: '', message: read.problem })}\n`);
    return EXIT.problems;
  }

  const metadata: PolicyMetadata = {};
  if (values.id !== undefined) metadata.id = values.id;
  if (values.locale !== undefined) metadata.locale = values.locale;
  if (values.version !== undefined) metadata.version = values.version;
  if (values.title !== undefined) metadata.title = values.title;
  if (values['last-updated'] !== undefined) metadata.lastUpdated = values['last-updated'];
  const options: ImportOptions = {
    strict: values.strict === true,
    promoteBoldHeadings: values['promote-bold-headings'] === true,
    onWarning: (warning: ImportWarning) => io.stderr.write(`${formatWarning(source, warning)}\n`),
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
    ...((values['base-url'] ?? read.baseUrl)
      ? { baseUrl: values['base-url'] ?? read.baseUrl }
      : {}),
  };

  let policy: PolicyDocument;
  try {
    policy =
      read.format === 'html' ? importHtml(read.text, options) : importMarkdown(read.text, options);
  } catch (error) {
    if (!(error instanceof PolicyValidationError)) throw error;
    for (const issue of error.issues) io.stderr.write(`${formatProblem(source, issue)}\n`);
    return EXIT.problems;
  }

  const json = `${JSON.stringify(policy, null, 2)}\n`;
  const output = values.output;
  if (output === undefined) {
    io.stdout.write(json);
    return EXIT.ok;
  }
  try {
    await writeFile(resolve(io.cwd, output), json);
  } catch (error) {
    io.stderr.write(`${output}: cannot be written: ${describeFsError(error)}\n`);
    return EXIT.problems;
  }
  io.stderr.write(`policykit: wrote ${output}\n`);
  return EXIT.ok;
}

/** `file:line: message`, the way compilers print warnings (editors jump to them). */
export function formatWarning(source: string, warning: ImportWarning): string {
  return warning.line === undefined
    ? `${source}: warning: ${warning.message}`
    : `${source}:${warning.line}: warning: ${warning.message}`;
}

type ReadSource =
  { ok: true; text: string; format: Format; baseUrl?: string } | { ok: false; problem: string };

function formatOfName(name: string): Format | undefined {
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.(html?|xhtml)$/i.test(name)) return 'html';
  return undefined;
}

async function readLocal(file: string, cwd: string): Promise<ReadSource> {
  const format = formatOfName(file);
  if (format === undefined) {
    throw new UsageError(`${file} is not a Markdown (.md) or HTML (.html) file`, 'import');
  }
  const path = resolve(cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, problem: 'is a directory, not a policy file' };
    if (info.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        problem: `is ${info.size} bytes; policy files are limited to ${MAX_FILE_BYTES}`,
      };
    }
    return { ok: true, text: await readFile(path, 'utf8'), format };
  } catch (error) {
    return { ok: false, problem: `cannot be read: ${describeFsError(error)}` };
  }
}

async function readUrl(url: string, io: CliIo): Promise<ReadSource> {
  if (!/^https:\/\//i.test(url)) {
    throw new UsageError(`${url}: only https: URLs are fetched`, 'import');
  }
  const fetched = await fetchSource(url, io.fetch);
  if (!fetched.ok) return fetched;
  const type = fetched.contentType.toLowerCase();
  const path = new URL(fetched.url).pathname;
  const format: Format =
    type.includes('markdown') || (formatOfName(path) === 'markdown' && !type.includes('html'))
      ? 'markdown'
      : type.includes('html') || formatOfName(path) === 'html' || /^\s*</.test(fetched.text)
        ? 'html'
        : 'markdown';
  return { ok: true, text: fetched.text, format, baseUrl: fetched.url };
}
