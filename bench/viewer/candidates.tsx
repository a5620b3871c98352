// The documents and the candidates of bench/viewer.bench.ts, shared by its Node (server
// rendering) and Chromium (page.tsx) halves so both measure exactly the same thing.
import type { ReactElement } from 'react';
import type { PolicyDocument } from '@policykit/sdk';
import { PolicyViewer } from '@policykit/react';
import { generatePolicy } from '../../test/fixtures/generate-policy';
import { btnEn, cttId } from '../../test/fixtures/policies';
import { DetailsList, NaiveSearch, RadixAccordion, RadixItemsOnly } from './baselines';

/**
 * Generated policies (a section: title, summary, ~300-character paragraph, 5 bullets; "rich"
 * adds tables, rich list items and images) and the seeds.
 */
export const documents: Record<string, PolicyDocument> = {
  '10': generatePolicy({ sections: 10 }),
  '30': generatePolicy({ sections: 30 }),
  '100': generatePolicy({ sections: 100 }),
  '1000': generatePolicy({ sections: 1000 }),
  // The same 1000 sections with the blocks real policies have: 700 tables (cookies, purposes
  // with a list in a cell), lists three deep with items of two paragraphs, 140 images.
  '1000 rich': generatePolicy({ sections: 1000, richBlocks: true }),
  'seed: CTT (id)': cttId,
  'seed: BTN CX (en)': btnEn,
};

export type Candidate = 'viewer' | 'radix' | 'radix-force' | 'details' | 'radix-items';
export type SearchCandidate = 'viewer' | 'naive-radix' | 'naive-details';

export const render: Record<Candidate, (doc: PolicyDocument) => ReactElement> = {
  viewer: (doc) => <PolicyViewer policy={doc} />,
  radix: (doc) => <RadixAccordion sections={doc.sections} />,
  'radix-force': (doc) => <RadixAccordion sections={doc.sections} forceMount />,
  details: (doc) => <DetailsList sections={doc.sections} />,
  'radix-items': (doc) => <RadixItemsOnly sections={doc.sections} />,
};

export const renderSearch: Record<SearchCandidate, (doc: PolicyDocument) => ReactElement> = {
  viewer: (doc) => <PolicyViewer policy={doc} search />,
  'naive-radix': (doc) => <NaiveSearch policy={doc} as="radix" />,
  'naive-details': (doc) => <NaiveSearch policy={doc} as="details" />,
};
