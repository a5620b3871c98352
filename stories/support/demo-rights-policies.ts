import type { PolicyDocument } from '@policykit/sdk';

/**
 * The two seed policies, cut down to what `<RightsRequestForm>` reads (rights, contact,
 * organization, locale), for its tests and stories until the full fixtures in
 * `test/fixtures/policies/` exist. Rights and contacts are as the seed pages state them.
 */
export const cttDemoPolicy: PolicyDocument = {
  schemaVersion: 1,
  id: 'ctt-privacy',
  version: '2024-06-12',
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  lastUpdated: '2024-06-12',
  organization: { name: 'CTT' },
  contact: {
    title: 'Data Protection Officer',
    email: 'privacy@ctt.id',
    phone: '+62 21 1234 5678',
    address: 'Jl. Sudirman No. 123, Jakarta Pusat 10220',
  },
  rights: [
    {
      id: 'access',
      title: 'Akses',
      description: 'Meminta salinan data pribadi yang kami miliki tentang Anda',
    },
    {
      id: 'rectification',
      title: 'Koreksi',
      description: 'Memperbarui atau memperbaiki informasi yang tidak akurat',
    },
    {
      id: 'erasure',
      title: 'Penghapusan',
      description: 'Meminta penghapusan data pribadi dalam kondisi tertentu',
    },
    {
      id: 'portability',
      title: 'Portabilitas',
      description: 'Meminta transfer data Anda dalam format yang dapat dibaca mesin',
    },
    {
      id: 'restriction',
      title: 'Pembatasan',
      description: 'Membatasi pemrosesan data dalam situasi tertentu',
    },
    {
      id: 'objection',
      title: 'Keberatan',
      description: 'Menolak pemrosesan data untuk tujuan tertentu',
    },
  ],
  sections: [{ id: 'hak-hak-anda', title: 'Hak-Hak Anda', blocks: [] }],
};

export const btnDemoPolicy: PolicyDocument = {
  schemaVersion: 1,
  id: 'btn-cx-privacy',
  version: '2023-11-01',
  locale: 'en',
  title: 'Privacy Policy',
  lastUpdated: '2023-11-01',
  organization: { name: 'BTN' },
  // As the seed page has it: the address was mangled by an e-mail obfuscator, so it stays text.
  contact: { email: '[email protected]', phone: '+1 (555) 123-4567' },
  rights: [
    { id: 'access' },
    { id: 'rectification' },
    { id: 'information' },
    { id: 'x-security-report', title: 'Report a security concern or data breach' },
    { id: 'x-account-deactivation' },
  ],
  sections: [{ id: 'your-rights', title: '6. Your Rights', blocks: [] }],
};
