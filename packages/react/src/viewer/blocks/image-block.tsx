import { isSafeImageSrc, type ImageBlock } from '@policykit/sdk';
import type { ReactNode } from 'react';
import { markQuery, wholeBlockMarks, type BlockMarks } from './block-marks';

/**
 * An image with its text alternative, and its title as a visible caption. Only `https:` sources
 * load (`isSafeImageSrc`, the format's rule): a document that skipped validation shows the text
 * alternative instead of loading `data:` or `http:` content. Images load lazily, so a long
 * policy's diagrams cost nothing until the reader scrolls to them.
 *
 * @selector .pk-PolicyViewer-figure
 */
export function imageBlock(block: ImageBlock, path: string, marks: BlockMarks): ReactNode {
  const inner = wholeBlockMarks(marks);
  const caption = block.title?.trim();
  return (
    <figure key={path} className="pk-PolicyViewer-figure">
      {isSafeImageSrc(block.src) ? (
        <img src={block.src} alt={block.alt} loading="lazy" decoding="async" />
      ) : (
        block.alt && <p className="pk-PolicyViewer-imageText">{markQuery(block.alt, inner)}</p>
      )}
      {caption && <figcaption>{markQuery(caption, inner)}</figcaption>}
    </figure>
  );
}
