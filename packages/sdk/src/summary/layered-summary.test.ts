// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { btnEn, cttId } from '../../../../test/fixtures/policies';
import type { PolicyDocument } from '../document/policy-types';
import { LAYERED_SUMMARY_LAYERS, layeredSummary } from './layered-summary';

const linksOf = (document: PolicyDocument) =>
  Object.fromEntries(
    layeredSummary(document).layers.map((layer) => [
      layer.id,
      layer.links.map((link) => link.sectionId),
    ]),
  );

describe('layeredSummary', () => {
  it('groups the CTT seed’s tagged sections into the layers, in reading order', () => {
    const summary = layeredSummary(cttId);
    expect(summary.tagged).toBe(true);
    expect(summary.layers.map((layer) => layer.id)).toEqual([
      'collect',
      'purposes',
      'sharing',
      'retention',
      'rights',
      'contact',
    ]);
    expect(linksOf(cttId)).toEqual({
      collect: ['informasi-yang-dikumpulkan'],
      purposes: ['penggunaan-informasi'],
      sharing: ['pembagian-data', 'transfer-internasional'],
      // Neither seed states a retention period (test/fixtures/policies/section-topics.ts).
      retention: [],
      rights: ['hak-anda'],
      contact: ['hubungi-kami'],
    });
    const collect = summary.layers[0]!.links[0]!;
    expect(collect.title).toBe(
      cttId.sections.find((section) => section.id === 'informasi-yang-dikumpulkan')!.title,
    );
  });

  it('does the same for BTN CX in English', () => {
    expect(linksOf(btnEn)).toMatchObject({
      collect: ['information-we-collect'],
      purposes: ['how-we-use-your-information'],
      sharing: ['information-sharing-and-disclosure'],
      retention: [],
      rights: ['your-rights'],
      contact: ['contact-us'],
    });
  });

  it('finds nested sections, lists a section under each of its layers and keeps its summary line', () => {
    const document: PolicyDocument = {
      ...cttId,
      sections: [
        {
          id: 'parent',
          title: 'Parent',
          blocks: [],
          sections: [
            {
              id: 'child',
              title: 'Child',
              summary: 'One line',
              topics: ['retention', 'rights'],
              blocks: [],
            },
          ],
        },
      ],
    };
    const summary = layeredSummary(document);
    expect(linksOf(document)).toMatchObject({ retention: ['child'], rights: ['child'] });
    expect(summary.layers.find((l) => l.id === 'rights')!.links[0]).toEqual({
      sectionId: 'child',
      title: 'Child',
      summary: 'One line',
    });
  });

  it('says when nothing is tagged, with every layer empty', () => {
    const untagged: PolicyDocument = {
      ...cttId,
      sections: cttId.sections.map(({ topics: _topics, ...section }) => section),
    };
    const summary = layeredSummary(untagged);
    expect(summary.tagged).toBe(false);
    expect(summary.layers.every((layer) => layer.links.length === 0)).toBe(true);
  });

  it('maps every layer to topics of the vocabulary, no topic to two layers', () => {
    const all = LAYERED_SUMMARY_LAYERS.flatMap((layer) => layer.topics);
    expect(new Set(all).size).toBe(all.length);
  });
});
