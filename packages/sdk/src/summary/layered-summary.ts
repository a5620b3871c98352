import type { PolicyDocument, Section, Topic } from '../document/policy-types';

/**
 * The layers of a one-screen summary, in reading order. The first four are the "what we
 * collect, why, how long, your rights"; who receives the data and how to reach the controller
 * follow because a person deciding whether to read on asks those next.
 */
export type LayeredSummaryLayerId =
  'collect' | 'purposes' | 'sharing' | 'retention' | 'rights' | 'contact';

/**
 * Which section topics (`Section.topics`, the `TOPICS` vocabulary that `lint` checks) fill each
 * layer. A section appears under every layer one of its topics belongs to.
 */
export const LAYERED_SUMMARY_LAYERS: readonly {
  id: LayeredSummaryLayerId;
  topics: readonly Topic[];
}[] = [
  { id: 'collect', topics: ['data-categories'] },
  { id: 'purposes', topics: ['purposes', 'legal-basis'] },
  { id: 'sharing', topics: ['recipients', 'transfers'] },
  { id: 'retention', topics: ['retention'] },
  { id: 'rights', topics: ['rights', 'complaints', 'automated-decisions'] },
  { id: 'contact', topics: ['contact'] },
];

/** A section a layer links to. */
export interface LayeredSummaryLink {
  /** The section's id: the link is `#<id>`, the same as the table of contents'. */
  sectionId: string;
  title: string;
  /** The section's own one-line `summary`, when it has one. */
  summary?: string;
}

export interface LayeredSummaryLayer {
  id: LayeredSummaryLayerId;
  topics: readonly Topic[];
  /** The sections tagged with one of the layer's topics, in document order (nested ones too). */
  links: LayeredSummaryLink[];
}

export interface LayeredSummary {
  layers: LayeredSummaryLayer[];
  /** False when no section carries topics at all: there is nothing to summarise from. */
  tagged: boolean;
}

/**
 * A "layered notice" from a policy's tagged topics: for each layer (what we collect, why, who
 * receives it, how long, your rights, contact), the sections that cover it, each to be linked.
 *
 * It says only what the tags say. A layer no section is tagged for has no links: a summary
 * must not claim the policy is silent on something (untagged text may still say it, which only
 * `lintPolicy` guesses at), so a UI tells it as "no section is marked as covering this".
 *
 * @example
 * ```ts
 * for (const layer of layeredSummary(policy).layers) {
 *   console.log(layer.id, layer.links.map((l) => `#${l.sectionId}`));
 * }
 * // collect ['#informasi-yang-dikumpulkan'] …
 * ```
 */
export function layeredSummary(document: PolicyDocument): LayeredSummary {
  const layers: LayeredSummaryLayer[] = LAYERED_SUMMARY_LAYERS.map(({ id, topics }) => ({
    id,
    topics,
    links: [],
  }));
  let tagged = false;
  const visit = (sections: readonly Section[]) => {
    for (const section of sections) {
      const topics = section.topics ?? [];
      if (topics.length > 0) tagged = true;
      for (const layer of layers) {
        if (!layer.topics.some((topic) => topics.includes(topic))) continue;
        layer.links.push({
          sectionId: section.id,
          title: section.title,
          ...(section.summary === undefined ? {} : { summary: section.summary }),
        });
      }
      if (section.sections) visit(section.sections);
    }
  };
  visit(document.sections);
  return { layers, tagged };
}
