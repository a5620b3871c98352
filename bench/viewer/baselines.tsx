// What `<PolicyViewer>` is measured against in bench/viewer.bench.ts: the same document
// rendered the way an app would without PolicyKit — raw Radix Accordion (closed items out of
// the DOM, or `forceMount` so every word is in the HTML) and native `<details>` — plus the
// naive search filter an app would write. Each renders the same text (titles, summaries,
// paragraphs with links, lists with rich items, callouts, tables with caption, header scopes
// and block cells, figures with captions, nested sections) with no i18n, no search index and
// no table of contents: the bare cost of an accordion.
import * as Accordion from '@radix-ui/react-accordion';
import { useMemo, useState, type ReactNode } from 'react';
import { type Block, type Inline, type PolicyDocument, type Section } from '@policykit/sdk';
import { blockText, isRichContent } from '@policykit/sdk/text';

function InlineView({ inline }: { inline: Inline }): ReactNode {
  if (typeof inline === 'string') return inline;
  return inline.map((span, index) => {
    if (typeof span === 'string') return span;
    switch (span.type) {
      case 'link':
        return (
          <a key={index} href={span.href}>
            {span.text}
          </a>
        );
      case 'strong':
        return <strong key={index}>{span.text}</strong>;
      case 'em':
        return <em key={index}>{span.text}</em>;
      case 'break':
        return <br key={index} />;
      default:
        return span satisfies never;
    }
  });
}

function BlockView({ block }: { block: Block }): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineView inline={block.text} />
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          {isRichContent(item) ? (
            item.blocks.map((inner, at) => <BlockView key={at} block={inner} />)
          ) : (
            <InlineView inline={item} />
          )}
        </li>
      ));
      return (
        <div>
          {block.title && <p>{block.title}</p>}
          {block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>}
        </div>
      );
    }
    case 'callout':
      return (
        <div role="note">
          {block.title && <p>{block.title}</p>}
          {block.blocks.map((inner, index) => (
            <BlockView key={index} block={inner} />
          ))}
        </div>
      );
    case 'contact':
      return <address>{blockText(block)}</address>;
    case 'table':
      // What an app would write for an accessible table: caption, header scopes, row headers,
      // cells holding text or blocks, aligned by attribute (as the viewer is), in a scroll
      // container (the viewer's, without its name and tab stop).
      return (
        <div className="rx-table">
          <table>
            {block.caption && <caption>{block.caption}</caption>}
            <thead>
              <tr>
                {block.columns.map((column, index) => (
                  <th key={index} scope="col" data-align={column.align}>
                    <InlineView inline={column.title} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, at) => {
                    const content = isRichContent(cell) ? (
                      cell.blocks.map((inner, i) => <BlockView key={i} block={inner} />)
                    ) : (
                      <InlineView inline={cell} />
                    );
                    const align = block.columns[at]?.align;
                    return at === 0 && block.rowHeaders ? (
                      <th key={at} scope="row" data-align={align}>
                        {content}
                      </th>
                    ) : (
                      <td key={at} data-align={align}>
                        {content}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'image':
      return (
        <figure>
          <img src={block.src} alt={block.alt} loading="lazy" decoding="async" />
          {block.title && <figcaption>{block.title}</figcaption>}
        </figure>
      );
    default:
      return block satisfies never;
  }
}

function Body({ section, nested }: { section: Section; nested: (s: Section[]) => ReactNode }) {
  return (
    <>
      {section.blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
      {section.sections && nested(section.sections)}
    </>
  );
}

/** Raw Radix Accordion, as its docs show it: one Root (`type="multiple"`), nested Roots inside content. */
export function RadixAccordion({
  sections,
  forceMount,
  value,
}: {
  sections: Section[];
  /** Keep closed content in the DOM (every word in server HTML); hidden by CSS on `data-state`. */
  forceMount?: boolean;
  /** Controlled open ids (the naive search opens what matches). */
  value?: string[];
}) {
  const nested = (children: Section[]) => (
    <RadixAccordion sections={children} forceMount={forceMount} value={value} />
  );
  return (
    <Accordion.Root type="multiple" className="rx-root" {...(value ? { value } : {})}>
      {sections.map((section) => (
        <Accordion.Item key={section.id} value={section.id} id={section.id} className="rx-item">
          <Accordion.Header>
            <Accordion.Trigger>{section.title}</Accordion.Trigger>
          </Accordion.Header>
          {section.summary && <p>{section.summary}</p>}
          <Accordion.Content
            className="rx-content"
            {...(forceMount ? { forceMount: true as const } : {})}
          >
            <Body section={section} nested={nested} />
          </Accordion.Content>
        </Accordion.Item>
      ))}
    </Accordion.Root>
  );
}

/**
 * Not an alternative but a floor: only the Radix parts `<PolicyViewer>` is built of — an
 * Item and a Trigger inside the real heading per section, 16 top-level sections per
 * Root, nested ones in their parent's Root — with no text at all. What the viewer cannot go
 * below while every section is a Radix item.
 */
export function RadixItemsOnly({ sections }: { sections: Section[] }) {
  const groups: Section[][] = [];
  for (let i = 0; i < sections.length; i += 16) groups.push(sections.slice(i, i + 16));
  const items = (list: Section[], level: number): ReactNode =>
    list.map((section) => {
      const Heading = `h${Math.min(level, 6)}` as 'h2';
      return (
        <Accordion.Item key={section.id} value={section.id} id={section.id} asChild>
          <section>
            <Heading>
              <Accordion.Trigger>{section.title}</Accordion.Trigger>
            </Heading>
            {section.sections && items(section.sections, level + 1)}
          </section>
        </Accordion.Item>
      );
    });
  return (
    <div>
      {groups.map((group) => (
        <Accordion.Root key={group[0]!.id} type="multiple" value={[]}>
          {items(group, 2)}
        </Accordion.Root>
      ))}
    </div>
  );
}

/** Native `<details>`/`<summary>`: the browser does the toggling, React only renders. */
export function DetailsList({ sections }: { sections: Section[] }) {
  const nested = (children: Section[]) => <DetailsList sections={children} />;
  return (
    <div>
      {sections.map((section) => (
        <details key={section.id} id={section.id}>
          <summary>{section.title}</summary>
          {section.summary && <p>{section.summary}</p>}
          <Body section={section} nested={nested} />
        </details>
      ))}
    </div>
  );
}

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

function allSections(sections: readonly Section[], into: Section[] = []): Section[] {
  for (const section of sections) {
    into.push(section);
    if (section.sections) allSections(section.sections, into);
  }
  return into;
}

/** `text` with each occurrence of `needle` (already folded) in a `<mark>`; ASCII-only folding. */
function Marked({ text, needle }: { text: string; needle: string }): ReactNode {
  if (!needle) return text;
  const lower = text.toLowerCase();
  const nodes: ReactNode[] = [];
  let from = 0;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    nodes.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  nodes.push(text.slice(from));
  return nodes;
}

/**
 * The search box an app would write: state per keystroke, every section's text folded and
 * tested with `includes`, the matching sections shown (flat) with their text highlighted.
 * `as="radix"` renders them as raw Radix items opened by the search, `as="details"` as
 * open `<details>`.
 */
export function NaiveSearch({ policy, as }: { policy: PolicyDocument; as: 'radix' | 'details' }) {
  const [query, setQuery] = useState('');
  const sections = useMemo(
    () =>
      allSections(policy.sections).map((section) => ({
        section,
        text: fold(
          [section.title, section.summary ?? '', ...section.blocks.map(blockText)].join('\n'),
        ),
      })),
    [policy],
  );
  const needle = fold(query.trim());
  const shown = needle ? sections.filter((entry) => entry.text.includes(needle)) : sections;
  const body = (section: Section) =>
    section.blocks.map((block, index) => (
      <p key={index}>
        <Marked text={blockText(block)} needle={needle} />
      </p>
    ));
  return (
    <div>
      <input
        type="search"
        aria-label="Search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p role="status">{needle ? `${shown.length} sections` : ''}</p>
      {as === 'radix' ? (
        <Accordion.Root
          type="multiple"
          value={needle ? shown.map((entry) => entry.section.id) : []}
        >
          {shown.map(({ section }) => (
            <Accordion.Item key={section.id} value={section.id} className="rx-item">
              <Accordion.Header>
                <Accordion.Trigger>
                  <Marked text={section.title} needle={needle} />
                </Accordion.Trigger>
              </Accordion.Header>
              <Accordion.Content className="rx-content">{body(section)}</Accordion.Content>
            </Accordion.Item>
          ))}
        </Accordion.Root>
      ) : (
        shown.map(({ section }) => (
          <details key={section.id} open={needle !== ''}>
            <summary>
              <Marked text={section.title} needle={needle} />
            </summary>
            {body(section)}
          </details>
        ))
      )}
    </div>
  );
}
