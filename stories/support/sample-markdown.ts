/**
 * Markdown in the PolicyKit authoring dialect for the playground: the seed
 * policies' Markdown sources from test/fixtures/policies when they exist, else a
 * short sample that shows every construct of the dialect.
 */

const fixtureSources = import.meta.glob<string>('../../test/fixtures/policies/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** A small policy using every construct of the dialect: front matter, sections, lists, callouts, links. */
export const SAMPLE_MARKDOWN = `---
id: sample-privacy
version: "2025-01-15"
locale: en
title: Sample Privacy Policy
lastUpdated: 2025-01-15
organization: Sample Co
contact: { title: Data Protection Officer, email: privacy@example.com }
rights: [access, rectification, erasure]
---
## What we collect {#collect}
We collect what you give us when you **create an account**, and nothing else.

What you tell us:
- Your name and e-mail address
- The company you work for

### Cookies
We use one cookie to keep you signed in. See [our cookie notice](https://example.com/cookies).

## Your rights {#rights}
You can ask for a copy of your data, ask us to correct it, or ask us to erase it.

> **Important**
> We never sell your personal data.

> [!NOTE]
> Questions? Write to [privacy@example.com](mailto:privacy@example.com).
`;

export interface MarkdownSample {
  /** The fixture's file name, or `sample` for the built-in one. */
  name: string;
  markdown: string;
}

/** The CTT policy in Indonesian first: the format's own example. */
const rank = (name: string) => (name === 'ctt-privacy.id.md' ? 0 : 1);

/** Every Markdown sample, the seed policies first. */
export function markdownSamples(): MarkdownSample[] {
  const fixtures = Object.entries(fixtureSources)
    .map(([path, markdown]) => ({ name: path.split('/').pop() ?? path, markdown }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  return [...fixtures, { name: 'sample', markdown: SAMPLE_MARKDOWN }];
}
