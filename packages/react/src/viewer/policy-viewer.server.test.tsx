// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSectionTree } from '@policykit/sdk';
import { sectionText } from '@policykit/sdk/text';
import { PolicyKitProvider, PolicyViewer } from '@policykit/react';
import { btnEn, btnId, cttEn, cttId } from '../../../../test/fixtures/policies';
import { policyEn, policyId, wordsOfPolicyEn } from './viewer-test-policies';

/** The text a reader without JavaScript gets: tags and React's text separators dropped. */
const textOf = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

describe('given server rendering in Node, without window', () => {
  it('renders without touching browser globals', () => {
    expect(typeof window).toBe('undefined');
    expect(() => renderToString(<PolicyViewer policy={policyEn} search />)).not.toThrow();
  });

  it('puts every word of the policy in the HTML, collapsed sections included', () => {
    const text = textOf(renderToString(<PolicyViewer policy={policyEn} />));
    for (const words of wordsOfPolicyEn) expect(text).toContain(words);
  });

  it.each([
    ['CTT, Bahasa Indonesia', cttId],
    ['CTT, English', cttEn],
    ['BTN CX, English', btnEn],
    ['BTN CX, Bahasa Indonesia', btnId],
  ])('puts every line of the %s seed policy in the HTML, all sections collapsed', (_, policy) => {
    const text = textOf(renderToString(<PolicyViewer policy={policy} />)).toLowerCase();
    for (const { section } of createSectionTree(policy).nodes) {
      for (const line of sectionText(section, { deep: false }).split('\n')) {
        expect(text).toContain(line.toLowerCase());
      }
    }
  });

  it('ships a readable document: no panel hidden, no toggle claiming a state (issue 16)', () => {
    // GOV.UK's accordion: until the script runs, headings are text and every panel shows, so a
    // page whose bundle fails to load is still the whole policy.
    const html = renderToString(<PolicyViewer policy={policyEn} defaultExpanded="first" search />);
    const panels = [...html.matchAll(/<div class="pk-PolicyViewer-content"[^>]*>/g)].map(
      (m) => m[0],
    );
    expect(panels).toHaveLength(5);
    for (const panel of panels) expect(panel).not.toContain('hidden');
    expect(html).not.toContain('<button');
    expect(html).not.toContain('aria-expanded');
    expect(html).not.toContain('data-state="closed"');
    expect(html).not.toContain('type="search"');
    expect(html).toContain('<span class="pk-PolicyViewer-triggerText">');
  });

  it('renders the document variant fully open', () => {
    const html = renderToString(<PolicyViewer policy={policyEn} variant="document" />);
    expect(html).not.toContain('hidden');
    expect(html).not.toContain('<button');
  });

  it('renders the UI in the provider locale', () => {
    const html = renderToString(
      <PolicyKitProvider locale="id-ID">
        <PolicyViewer policy={[policyEn, policyId]} />
      </PolicyKitProvider>,
    );
    expect(html).toContain('Kebijakan Privasi');
    expect(html).toContain('Terakhir diperbarui');
    expect(html).toContain('12 Juni 2024');
  });
});
