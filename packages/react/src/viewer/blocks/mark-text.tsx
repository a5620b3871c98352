import { splitByMatches, type TextRange } from '@policykit/sdk/text';
import type { ReactNode } from 'react';

/**
 * Plain text with search matches wrapped in `<mark>`. `offset` is where `text`
 * starts within the string the ranges refer to (a span of a paragraph). The
 * mark that begins a range carries `data-pk-match` — the search box counts and
 * steps through those — while the rest of a range cut by span boundaries does not.
 */
export function markText(
  text: string,
  ranges: readonly TextRange[] | undefined,
  offset = 0,
): ReactNode {
  if (!ranges || ranges.length === 0) return text;
  const segments = splitByMatches(text, ranges, offset);
  if (segments.length === 1 && !segments[0]?.match) return text;
  let at = offset;
  return segments.map((segment, index) => {
    const start = at;
    at += segment.text.length;
    if (!segment.match) return segment.text;
    const begins = ranges.some((range) => range.start === start);
    return (
      <mark key={index} className="pk-PolicyViewer-mark" data-pk-match={begins ? '' : undefined}>
        {segment.text}
      </mark>
    );
  });
}
