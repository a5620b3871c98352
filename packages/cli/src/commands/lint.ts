import {
  lintPolicy,
  uiLanguageFor,
  type Jurisdiction,
  type LintFinding,
  type UiLanguage,
} from '@policykit/sdk';
import { EXIT, type CliIo, type ExitCode } from '../cli-io';
import { parseCommandArgs } from '../parse-command-args';
import { readPolicy } from '../read-policy';
import { USAGE } from '../usage';
import { UsageError } from '../usage-error';

const JURISDICTIONS: readonly Jurisdiction[] = ['id-pdp', 'gdpr'];
const LOCALES: readonly UiLanguage[] = ['en', 'id'];

/** `file: path: severity: [rule] message` — the `file: path: message` shape of every command. */
function formatFinding(file: string, finding: LintFinding, language: UiLanguage): string {
  const where = finding.path ?? '(document)';
  const rule = finding.rule ? ` [${finding.rule}]` : '';
  return `${file}: ${where}: ${finding.severity}${rule} ${finding.message[language]}`;
}

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * `policykit lint <file…>`: for each jurisdiction, the contents a notice must state that no
 * section's topics cover (UU PDP Pasal 21(1), GDPR Art. 13–14; see `lintPolicy`), one finding a
 * line on stdout, a summary on stderr. Exit 0 without errors (and, with `--strict`, without
 * warnings), 1 otherwise or when a file is invalid, 2 for a wrong command line.
 */
export async function lintCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('lint', args, {
    jurisdiction: { type: 'string', multiple: true },
    locale: { type: 'string' },
    strict: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout.write(USAGE.lint);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('lint needs at least one file', 'lint');
  const jurisdictions = (values.jurisdiction ?? [...JURISDICTIONS]).map((value) => {
    if (!(JURISDICTIONS as readonly string[]).includes(value)) {
      throw new UsageError(
        `--jurisdiction must be ${JURISDICTIONS.map((j) => `"${j}"`).join(' or ')}`,
        'lint',
      );
    }
    return value as Jurisdiction;
  });
  if (values.locale !== undefined && !(LOCALES as readonly string[]).includes(values.locale)) {
    throw new UsageError(`--locale must be ${LOCALES.map((l) => `"${l}"`).join(' or ')}`, 'lint');
  }

  let errors = 0;
  let warnings = 0;
  let invalid = 0;
  const report: { file: string; findings: LintFinding[] }[] = [];
  for (const file of positionals) {
    const result = await readPolicy(file, io.cwd);
    if (!result.ok) {
      invalid += 1;
      for (const problem of result.problems) io.stderr.write(`${problem}\n`);
      continue;
    }
    const findings = lintPolicy(result.policy, { jurisdictions });
    report.push({ file, findings });
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
    if (!values.json) {
      // Without --locale, each document's findings come in its own language.
      const language =
        (values.locale as UiLanguage | undefined) ?? uiLanguageFor(result.policy.locale);
      for (const finding of findings)
        io.stdout.write(`${formatFinding(file, finding, language)}\n`);
    }
  }
  if (values.json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

  const files = plural(positionals.length, 'file');
  const invalidNote = invalid > 0 ? `, ${invalid} invalid` : '';
  io.stderr.write(
    `policykit: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${files}${invalidNote}\n`,
  );
  const failed = invalid > 0 || errors > 0 || (values.strict === true && warnings > 0);
  return failed ? EXIT.problems : EXIT.ok;
}
