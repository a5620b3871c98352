/**
 * UI strings shared by every component. Each area of the UI keeps its strings in
 * its own `strings-*.ts` file, English and Indonesian side by side, and
 * `resources.ts` puts them together under the `policykit` namespace.
 *
 * Interpolation uses i18next's `{{name}}`. Plurals: English needs `_one` and
 * `_other`; Indonesian has no grammatical plural, so only `_other`.
 */
export const commonStrings = {
  en: {
    rights: {
      access: 'Access your data',
      rectification: 'Correct your data',
      erasure: 'Delete your data',
      portability: 'Get a portable copy of your data',
      restriction: 'Restrict processing',
      objection: 'Object to processing',
      'withdraw-consent': 'Withdraw consent',
      'automated-decision': 'Not be subject to automated decisions',
      information: 'Be informed about processing',
      complaint: 'Lodge a complaint',
    },
  },
  id: {
    rights: {
      access: 'Mengakses data Anda',
      rectification: 'Memperbaiki data Anda',
      erasure: 'Menghapus data Anda',
      portability: 'Mendapatkan salinan data Anda yang dapat dipindahkan',
      restriction: 'Membatasi pemrosesan',
      objection: 'Menolak pemrosesan',
      'withdraw-consent': 'Menarik persetujuan',
      'automated-decision': 'Tidak tunduk pada keputusan otomatis',
      information: 'Mendapatkan informasi tentang pemrosesan',
      complaint: 'Mengajukan keluhan',
    },
  },
} as const;
