// A policy shaped like the real ones in test/fixtures/real-world, of any size: numbered
// sections and subsections, paragraphs dense with bold, italics and links, `*` bullets and
// nested lists, a cookie table per section, a rule and an image now and then, `#` anchors to
// other sections, and front matter. Every section id is fresh, so the document is valid at
// any size. Used by the import benchmarks.

const PARAGRAPH =
  'We collect **personal data** you give us, such as your *name*, e-mail address and phone ' +
  'number, and data about how you use the service (see [our cookie notice](https://example.com/cookies) ' +
  'and the [section on your rights](#rights-1)). We process it to provide the service, to keep ' +
  'it secure and, **where you agree**, to improve it.';

function section(n: number): string {
  return `## ${n}. Information we collect about you, part ${n} {#s-${n}}

${PARAGRAPH}

${PARAGRAPH.replace('personal data', 'account data')}

This includes:

* your **account** details and *profile*;
* what you send us, including [support messages](https://example.com/support);
  * the time, the device and the page;
  * your language and region;
* payment details, handled by our processor.

### ${n}.1 Cookies we set

| Cookie | Purpose | Lifetime | Provider |
| --- | --- | --- | --- |
| \`sid\` | Keeps you **signed in** | Session | Example<br>Inc. |
| \`pref\` | Remembers your *choices* | 1 year | Example |
| \`_ga\` | Measures visits, see [Google](https://policies.google.com) | 2 years | Google |

${n % 5 === 0 ? '---\n\n![Diagram of the data flow](https://example.com/flow.png)\n\n' : ''}**How long we keep it.** ${PARAGRAPH.replace('We collect', 'We keep')} Read more in [section ${n}](#s-${n}).

${PARAGRAPH.replace('We collect', 'We share')}

${PARAGRAPH.replace('We collect', 'We protect')}

`;
}

/** Front matter and as many sections as fit in `bytes` characters of Markdown. */
export function realShapedPolicy(bytes: number): string {
  const parts = [
    '---\nid: acme-privacy\nversion: "2024-06-12"\nlocale: en\ntitle: Privacy Policy\nlastUpdated: 2024-06-12\n---\n## Your rights {#rights-1}\n\nYou may ask for a copy.\n\n',
  ];
  let length = parts[0]!.length;
  for (let n = 1; ; n++) {
    const next = section(n);
    if (length + next.length > bytes) break;
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}
