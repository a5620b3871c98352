/**
 * The canonical JSON of a JSON value, as RFC 8785 (JSON Canonicalization Scheme) writes it: object
 * keys sorted by their UTF-16 code units, no whitespace, strings and numbers exactly as
 * ECMAScript's `JSON.stringify` writes them (RFC 8785 §3.2.2 adopts that serialisation). Two
 * documents with the same content but keys in another order or other indentation give the same
 * text, so their SHA-256 is the same — what a receipt's document hash needs.
 *
 * Properties whose value is `undefined` are left out, as `JSON.stringify` does; anything JSON
 * cannot hold (a function, a symbol, a bigint, `NaN`, `Infinity`, a cycle) is a `TypeError`
 * naming where it is, never silently dropped.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, 'é'] }); // '{"a":[true,"é"],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function write(value: unknown, path: string, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot hold`);
  }
  if (open.has(value)) throw new TypeError(`canonicalJson: ${path} refers back to itself`);
  open.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((item, index) => write(item, `${path}[${index}]`, open)).join(',')}]`;
  } else {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      // Default sort compares UTF-16 code units, which is RFC 8785 §3.2.3's order.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    text = `{${entries
      .map(([key, item]) => `${JSON.stringify(key)}:${write(item, `${path}.${key}`, open)}`)
      .join(',')}}`;
  }
  open.delete(value);
  return text;
}
