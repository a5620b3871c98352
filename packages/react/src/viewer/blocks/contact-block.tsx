import { contactLinks, type ContactBlock } from '@policykit/sdk';
import type { ReactNode } from 'react';
import { markQuery, wholeBlockMarks, type BlockMarks } from './block-marks';
import { linkNode } from './inline-nodes';
import type { RenderEnv } from './render-env';

/**
 * Contact details in an `<address>`: e-mail as `mailto:`, phone as `tel:`
 * (digits only in the link, as written in the text), postal address, web
 * address. A detail that cannot be a safe link (the seed's mangled
 * `[email protected]`) is shown as text — see `contactLinks` in the SDK.
 */
export function contactBlock(
  block: ContactBlock,
  path: string,
  marks: BlockMarks,
  env: RenderEnv,
): ReactNode {
  const { labels } = env;
  const links = contactLinks(block);
  // The same links as in paragraphs: the web address opens in a new tab, announced.
  const link = (href: string | undefined, text: ReactNode) =>
    href ? linkNode(href, text, 0, labels.opensInNewTab, labels.lang) : text;
  const inner = wholeBlockMarks(marks);
  const mark = (text: string) => markQuery(text, inner);
  const rows: [key: string, label: string, value: ReactNode][] = [];
  if (block.email) rows.push(['email', labels.email, link(links.email, mark(block.email))]);
  if (block.phone) rows.push(['phone', labels.phone, link(links.phone, mark(block.phone))]);
  if (block.address) rows.push(['address', labels.address, mark(block.address)]);
  if (block.url) rows.push(['url', labels.website, link(links.url, mark(block.url))]);
  return (
    <address key={path} className="pk-PolicyViewer-contact">
      {block.title && <p className="pk-PolicyViewer-contactTitle">{mark(block.title)}</p>}
      {rows.length > 0 && (
        <dl className="pk-PolicyViewer-contactList">
          {rows.map(([key, label, value]) => (
            <div key={key} className="pk-PolicyViewer-contactRow">
              <dt lang={labels.lang}>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </address>
  );
}
