import type { PolicyDocument } from '@policykit/sdk';

/**
 * Small documents for the viewer's tests: every block type, nested sections,
 * every link kind, in English and Indonesian (one policy, two translations).
 * The seed policies themselves live in test/fixtures/policies.
 */
export const policyEn: PolicyDocument = {
  schemaVersion: 1,
  id: 'demo-privacy',
  version: '2024-06-12',
  locale: 'en-GB',
  title: 'Privacy Policy',
  lastUpdated: '2024-06-12',
  effectiveDate: '2024-07-01',
  appliesTo: 'Applies to every Demo user',
  sections: [
    {
      id: 'commitment',
      title: 'Our commitment',
      summary: 'Why we protect your data.',
      blocks: [
        {
          type: 'paragraph',
          text: [
            'We protect your ',
            { type: 'strong', text: 'personal data' },
            ' and explain it ',
            { type: 'em', text: 'plainly' },
            '. Read the ',
            { type: 'link', href: 'https://example.com/terms', text: 'terms' },
            ' or see ',
            { type: 'link', href: '#cookies', text: 'cookies' },
            '.',
          ],
        },
      ],
    },
    {
      id: 'data-we-collect',
      title: 'Data we collect',
      blocks: [
        {
          type: 'list',
          title: 'Account information',
          items: ['Full name and email address', 'Phone number for verification'],
        },
        { type: 'list', ordered: true, items: ['First we ask', 'Then we store'] },
      ],
      sections: [
        {
          id: 'cookies',
          title: 'Cookies',
          summary: 'Small files in your browser.',
          blocks: [{ type: 'paragraph', text: 'We use cookies to keep you signed in.' }],
        },
      ],
    },
    {
      id: 'security',
      title: 'Security',
      blocks: [
        {
          type: 'callout',
          tone: 'important',
          title: 'Important',
          blocks: [{ type: 'paragraph', text: 'We never sell your personal data.' }],
        },
        {
          type: 'callout',
          tone: 'warning',
          title: 'Phishing',
          blocks: [{ type: 'paragraph', text: 'We never ask for your password by email.' }],
        },
        {
          type: 'callout',
          tone: 'info',
          blocks: [{ type: 'paragraph', text: 'Backups are encrypted.' }],
        },
      ],
    },
    {
      id: 'contact-us',
      title: 'Contact us',
      blocks: [
        {
          type: 'contact',
          title: 'Data Protection Officer',
          email: 'privacy@demo.example',
          phone: '+62 21 1234 5678',
          address: 'Jl. Sudirman No. 123, Jakarta',
          url: 'https://demo.example/privacy',
        },
        {
          type: 'paragraph',
          text: [
            'Write to ',
            { type: 'link', href: 'mailto:privacy@demo.example', text: 'privacy@demo.example' },
            '.',
          ],
        },
      ],
    },
  ],
};

export const policyId: PolicyDocument = {
  schemaVersion: 1,
  id: 'demo-privacy',
  version: '2024-06-12',
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  lastUpdated: '2024-06-12',
  appliesTo: 'Berlaku untuk semua pengguna Demo',
  sections: [
    {
      id: 'commitment',
      title: 'Komitmen kami',
      summary: 'Mengapa kami melindungi data Anda.',
      blocks: [{ type: 'paragraph', text: 'Kami melindungi data pribadi Anda.' }],
    },
    {
      id: 'data-we-collect',
      title: 'Data yang kami kumpulkan',
      blocks: [{ type: 'list', title: 'Informasi akun', items: ['Nama lengkap', 'Alamat email'] }],
      sections: [
        {
          id: 'cookies',
          title: 'Cookie',
          blocks: [{ type: 'paragraph', text: 'Kami memakai cookie agar Anda tetap masuk.' }],
        },
      ],
    },
    {
      id: 'security',
      title: 'Keamanan',
      blocks: [
        {
          type: 'callout',
          tone: 'important',
          title: 'Penting',
          blocks: [{ type: 'paragraph', text: 'Kami tidak pernah menjual data pribadi Anda.' }],
        },
      ],
    },
    {
      id: 'contact-us',
      title: 'Hubungi kami',
      blocks: [{ type: 'contact', email: 'privasi@demo.example', phone: '021 500 123' }],
    },
  ],
};

/** The English policy as it was before: no security section, a different commitment. */
export const policyEnPrevious: PolicyDocument = {
  ...policyEn,
  version: '2023-01-01',
  lastUpdated: '2023-01-01',
  sections: [
    { ...policyEn.sections[0]!, blocks: [{ type: 'paragraph', text: 'We protect your data.' }] },
    policyEn.sections[1]!,
    policyEn.sections[3]!,
  ],
};

/** Every word a reader must be able to find in the English policy (a sample from each block). */
export const wordsOfPolicyEn = [
  'Our commitment',
  'Why we protect your data.',
  'personal data',
  'plainly',
  'Account information',
  'Phone number for verification',
  'Then we store',
  'We use cookies to keep you signed in.',
  'We never sell your personal data.',
  'We never ask for your password by email.',
  'Backups are encrypted.',
  'Data Protection Officer',
  'Jl. Sudirman No. 123, Jakarta',
];
