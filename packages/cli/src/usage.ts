/** Help texts, one per command; `policykit --help` prints the overview. */
export const USAGE = {
  overview: `policykit — check and convert PolicyKit privacy policy documents

Usage:
  policykit <command> [options]

Commands:
  validate <file…>                 check documents (.json, or .md through the importer)
  import <file|https-URL>          convert Markdown or an HTML page to JSON
  diff <old> <new>                 list added, removed and modified sections
  parity <a> <b>                   check two translations are in step
  lint <file…>                     list what a notice must say but does not
  receipt verify <receipt> <policy>
                                   check an acknowledgement receipt against a policy

Options:
  -h, --help      show help (also: policykit <command> --help)
  -v, --version   show the version

Exit codes: 0 success, 1 a problem with the input, 2 a wrong command line.
`,
  validate: `Usage: policykit validate <file…>

Checks each policy document against the format. JSON files are parsed and
validated; .md files are read with the Markdown importer. Every problem is
printed on its own line as

  file: path: message

Exits 0 when every file is valid, 1 otherwise.
`,
  import: `Usage: policykit import <file.md|file.html|https-URL> [-o out.json] [options]

Converts a policy to a JSON document (pretty-printed): PolicyKit's Markdown
dialect, Markdown as people write it (GitHub-flavoured), or a web page (.html,
or an https: URL, fetched with loadPolicy's limits: 4 MiB, 30 s). Without -o
the JSON goes to standard output.

Whatever had to change to fit the format (a table turned into a list, a rule
dropped, a link to nowhere kept as text…) is printed as a warning:

  file:line: warning: message

Options:
  -o, --output <file>        write the JSON to this file instead
  --strict                   treat every warning as a problem (for CI)
  --id <id>                  metadata the source lacks (front matter wins):
  --locale <locale>            the document id, its BCP 47 locale,
  --version <version>          its version (default: the lastUpdated date),
  --title <title>              its title (default: the # heading),
  --last-updated <date>        YYYY-MM-DD (default: read from the text)
  --promote-bold-headings    make bold-only lines that look like headings sections
  --base-url <url>           resolve relative links against this address
                             (default for a URL: the page's own address)

Exits 0 on success, 1 when the source has problems (each printed as
file: path: line N: message) or the output cannot be written.
`,
  diff: `Usage: policykit diff <old> <new> [--json] [--exit-code]

Compares two versions of a policy (.json or .md) and lists the sections
that were added, removed or modified, by title, and the document fields
(rights, contact, …) that changed.

Options:
  --json        print the diff as JSON ({ changed, fields, sections })
  --exit-code   exit 1 when the documents differ (like git diff --exit-code)

Exits 0 after printing the diff (see --exit-code), 1 when a file is invalid.
`,
  parity: `Usage: policykit parity <a> <b>

Checks that two documents are translations of one policy version in step:
the same id and version, different locales, the same section ids in the same
order and nesting, and the same rights. Each mismatch is printed on its own
line.

Exits 0 when they are in parity, 1 otherwise.
`,
  lint: `Usage: policykit lint <file…> [--jurisdiction id-pdp|gdpr] [--locale en|id] [--strict] [--json]

Lists, for each jurisdiction, what a privacy notice must state but no section
of the document covers, with the article cited: UU PDP Pasal 21(1) and GDPR
Art. 13-14. Sections say what they cover with "topics"; where they carry none,
headings and text are used to guess, and a guess is only ever a warning. Each
finding is printed on its own line as

  file: path: severity [rule] message

Options:
  --jurisdiction <id>   id-pdp or gdpr; repeat for both (default: both)
  --locale <en|id>      the language of the messages (default: each document's)
  --strict              fail on warnings too (for CI)
  --json                print the findings as JSON ([{ file, findings }])

Exit codes: 0 no errors (with --strict: no warnings either), 1 errors, warnings
with --strict, or a file that is not a valid policy, 2 a wrong command line.
`,
  receipt: `Usage: policykit receipt verify <receipt.json> <policy>

Checks an acknowledgement receipt (the ISO/IEC TS 27560-shaped JSON-LD that
acknowledgementReceipt makes) against a policy document (.json, or .md through
the importer): the same policy id, version and locale, and the SHA-256 of the
document's canonical JSON (RFC 8785) equal to the one the receipt names. A
document changed after it was acknowledged fails, even under the same version.

Prints what was verified, or the first mismatch. The receipt's subject id is
never printed.

Exits 0 when the receipt matches the document, 1 when it does not or a file is
not a valid receipt or policy, 2 for a wrong command line.
`,
} as const;

export type CommandName = Exclude<keyof typeof USAGE, 'overview'>;

export const COMMANDS = Object.keys(USAGE).filter(
  (name): name is CommandName => name !== 'overview',
);
