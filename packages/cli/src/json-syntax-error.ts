import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Where JSON stopped being JSON, 1-based, with a short reason. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

// Keyed by name: the codes are a `const enum`, which verbatimModuleSyntax cannot read.
const REASONS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected content after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'control character inside a string',
};

/**
 * Locates the first syntax error in text that `JSON.parse` refused. Node 20's
 * messages give a position only sometimes ("Unexpected token 'x', "…" is not
 * valid JSON" has none), so the text is scanned again with `jsonc-parser`
 * (VS Code's JSON scanner) in strict mode, which reports an offset for every
 * error. Returns `undefined` if the scanner finds nothing wrong.
 *
 * @example
 * locateJsonSyntaxError('{\n  "a": }'); // { line: 2, column: 8, reason: 'expected a value' }
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  if (text.trim() === '') return { line: 1, column: 1, reason: 'the file is empty' };
  const errors: ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (!first) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < first.offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return {
    line,
    column: first.offset - lineStart + 1,
    reason: REASONS[printParseErrorCode(first.error)] ?? 'invalid JSON',
  };
}
