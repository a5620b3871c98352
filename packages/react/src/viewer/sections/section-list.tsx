import * as Accordion from '@radix-ui/react-accordion';
import { memo, useMemo } from 'react';
import type { Section } from '@policykit/sdk';
import { useSelector } from '../../store/use-selector';
import { sameIds, watchSections } from '../state/viewer-store';
import { useViewerContext } from '../state/viewer-context';
import { SectionItem } from './section-item';

/**
 * Top-level sections per Radix `Accordion.Root`. Opening a section re-renders
 * the Radix item parts of its group (the items read their Root's value), never
 * their text; a Root costs about as much to mount as several items, and one
 * Root for everything re-sorts its collection on every trigger's mount
 * (superlinear). 16 keeps a click to a few dozen small renders and the Roots
 * to one per 16 sections. Measured in bench/viewer.bench.ts.
 */
export const GROUP_SIZE = 16;

export interface SectionListProps {
  /** Sibling sections: the top level, or one section's subsections. */
  sections: readonly Section[];
  /** 0 for the top level. */
  depth: number;
}

/**
 * Sibling sections. At the top level of the accordion variant, runs of
 * {@link GROUP_SIZE} sections share one Radix `Accordion.Root`
 * (`type="multiple"`, controlled by the viewer's store); subsections are items
 * of their top-level section's Root too (Radix items only need a Root above
 * them), so a nested list adds no Root of its own. The document variant has no
 * toggles and no Radix.
 */
export const SectionList = /* @__PURE__ */ memo(function SectionList({
  sections,
  depth,
}: SectionListProps) {
  const { variant } = useViewerContext();
  const groups = useMemo(() => {
    const chunks: (readonly Section[])[] = [];
    for (let i = 0; i < sections.length; i += GROUP_SIZE) {
      chunks.push(sections.slice(i, i + GROUP_SIZE));
    }
    return chunks;
  }, [sections]);
  if (variant === 'document' || depth > 0) {
    return sections.map((section) => (
      <SectionItem key={section.id} section={section} depth={depth} />
    ));
  }
  return groups.map((group) => <SectionGroup key={group[0]!.id} sections={group} />);
});

/** Ids of `sections` and every section inside them, in reading order. */
function idsWithin(sections: readonly Section[], into: string[] = []): string[] {
  for (const section of sections) {
    into.push(section.id);
    if (section.sections) idsWithin(section.sections, into);
  }
  return into;
}

/**
 * One Radix Root for a run of top-level sections and everything nested in
 * them. Its `value` is the open ids among them, from the viewer's store: it
 * changes — and the Root re-renders — only when one of its own sections opens
 * or closes.
 */
const SectionGroup = /* @__PURE__ */ memo(function SectionGroup({
  sections,
}: {
  sections: readonly Section[];
}) {
  const { store, toggle } = useViewerContext();
  const ids = useMemo(() => idsWithin(sections), [sections]);
  const own = useMemo(() => watchSections(store, ids), [store, ids]);
  // The same array while none of these sections opens or closes, so the Root does not re-render.
  const value = useSelector(own, (state) => ids.filter((id) => state.open.has(id)), sameIds);
  // Radix asks with the whole new value: the old one plus the id opened, or minus the id closed.
  const onValueChange = (next: string[]) => {
    const id =
      next.length > value.length
        ? next.find((open) => !value.includes(open))
        : value.find((open) => !next.includes(open));
    if (id !== undefined) toggle(id);
  };
  return (
    <Accordion.Root
      type="multiple"
      className="pk-PolicyViewer-group"
      value={value}
      onValueChange={onValueChange}
    >
      {sections.map((section) => (
        <SectionItem key={section.id} section={section} depth={0} />
      ))}
    </Accordion.Root>
  );
});
