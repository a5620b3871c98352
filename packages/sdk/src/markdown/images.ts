/**
 * Images that stand on their own — a paragraph holding nothing but images
 * (`![Our data flow](https://acme.example/flow.png "How your data flows")`, an
 * HTML `<img>` or `<figure>`) — become `image` blocks.
 *
 * The format loads images over `https:` only (an image is a request to a third
 * party every time the policy is read; over plain `http:` anyone on the way can
 * see which policy a reader opened, or swap the picture), so a source is
 * checked with the format's own rule (`IMAGE_SRC_PATTERN`, the URL's length and
 * host). A relative source is resolved against `baseUrl` first (a policy is
 * shown inside other apps, where a relative address would point elsewhere).
 * A source that still is not `https:` keeps the image's words — its alt text
 * and title as a paragraph — with a warning naming the source.
 */
import type { Image, Paragraph, PhrasingContent } from 'mdast';
import { IMAGE_SRC_PATTERN, LIMITS } from '../document/policy-schema';
import type { Block, ImageBlock } from '../document/policy-types';
import { lineOf, type ConvertContext } from './convert-context';
import { isRelative, keptTitle, resolveUrl, shorten } from './convert-inline';

/**
 * The images of a paragraph that holds only images (white space and line breaks
 * between them allowed), or `undefined` when it holds any text, link or other markup.
 */
export function imagesOnly(node: Paragraph): Image[] | undefined {
  const images: Image[] = [];
  for (const child of node.children) {
    if (child.type === 'image') images.push(child);
    else if (!isBlank(child)) return undefined;
  }
  return images.length > 0 ? images : undefined;
}

function isBlank(node: PhrasingContent): boolean {
  if (node.type === 'text') return node.value.trim() === '';
  if (node.type === 'break') return true;
  return node.type === 'html' && /^<br\s*\/?>$/i.test(node.value.trim());
}

/**
 * One image standing on its own: an `image` block, or — when its source is not
 * `https:` even after resolving it against `baseUrl` — a paragraph of its alt text
 * and title (nothing at all when it has neither), with a warning.
 *
 * @param path where the block goes, e.g. `sections[0].blocks[2]`
 */
export function convertImage(node: Image, path: string, ctx: ConvertContext): Block | undefined {
  const line = lineOf(node);
  const alt = node.alt?.replace(/\s+/g, ' ').trim() ?? '';
  const source = node.url.trim();
  const src = imageSource(source, line, path, ctx);
  if (src === undefined) {
    const rawTitle = node.title?.replace(/\s+/g, ' ').trim() ?? '';
    const text = rawTitle === '' ? alt : alt === '' ? rawTitle : `${alt} (${rawTitle})`;
    const reason = /^http:/i.test(source)
      ? 'images load over https: only'
      : isRelative(source)
        ? 'its address is relative and no baseUrl was given to resolve it'
        : 'images load from https: URLs only';
    ctx.warnings.add(
      line,
      path,
      text === ''
        ? `an image without alt text (${shorten(source) || 'no source'}) was dropped: ${reason}`
        : `an image (${shorten(source) || 'no source'}) became its alt text "${text}": ${reason}`,
    );
    if (text === '') return undefined;
    const paragraph: Block = { type: 'paragraph', text };
    return ctx.lines.mark(paragraph, line);
  }
  const title = keptTitle(node.title, `the image "${alt || src}"`, line, path, ctx);
  if (alt.length > LIMITS.maxTextLength) {
    ctx.warnings.add(
      line,
      path,
      `the alt text of the image ${shorten(src)} is ${alt.length} characters long: it was cut to ${LIMITS.maxTextLength}`,
    );
  }
  const block: ImageBlock = {
    type: 'image',
    src,
    alt: alt.slice(0, LIMITS.maxTextLength),
    ...(title !== undefined ? { title } : {}),
  };
  return ctx.lines.mark(block, line);
}

/** The `https:` source an image block can hold, or `undefined` (the caller warns). */
function imageSource(
  source: string,
  line: number | undefined,
  path: string,
  ctx: ConvertContext,
): string | undefined {
  let src = source;
  if (isRelative(src) && src !== '') {
    const absolute = ctx.baseUrl ? resolveUrl(src, ctx.baseUrl) : undefined;
    if (absolute === undefined || !isImageSource(absolute)) return undefined;
    ctx.warnings.add(
      line,
      path,
      `the relative image source ${shorten(source)} was resolved to ${absolute}`,
    );
    src = absolute;
  }
  return isImageSource(src) ? src : undefined;
}

/** The format's rule for an image's `src` (policy-schema.ts): `https:`, a host, not too long. */
function isImageSource(src: string): boolean {
  if (src.length > LIMITS.maxHrefLength || !IMAGE_SRC_PATTERN.test(src)) return false;
  try {
    return new URL(src).hostname !== '';
  } catch {
    return false;
  }
}
