/** Help texts, one per command; `policykit --help` prints the overview. */
export const USAGE = {
  overview: `policykit — check and convert PolicyKit privacy policy documents

Usage:
  policykit <command> [options]

Commands:
  validate <file…>                 check documents (.json, or .md through the importer)
  import <file.md> [-o out.json]   convert the Markdown dialect to JSON
  diff <old> <new>                 list added, removed and modified sections
  parity <a> <b>                   check two translations are in step

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
  import: `Usage: policykit import <file.md> [-o out.json]

Converts a policy written in the Markdown dialect to a JSON document
(pretty-printed). Without -o the JSON goes to standard output.

Options:
  -o, --output <file>   write the JSON to this file instead

Exits 0 on success, 1 when the Markdown has problems (each printed as
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
} as const;

export type CommandName = Exclude<keyof typeof USAGE, 'overview'>;

export const COMMANDS = Object.keys(USAGE).filter(
  (name): name is CommandName => name !== 'overview',
);
