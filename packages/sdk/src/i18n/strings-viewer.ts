/**
 * UI strings of the policy viewer, English and Indonesian side by side (see strings-common.ts).
 * The policy's own text is never here: it comes from the document.
 */
export const viewerStrings = {
  en: {
    contents: 'Contents',
    showAll: 'Show all sections',
    hideAll: 'Hide all sections',
    lastUpdated: 'Last updated',
    effectiveDate: 'Effective from',
    language: 'Language',
    opensInNewTab: '(opens in a new tab)',
    table: 'Table',
    change: {
      added: 'New',
      modified: 'Updated',
    },
    callout: {
      info: 'Note',
      important: 'Important',
      warning: 'Warning',
    },
    contact: {
      email: 'Email',
      phone: 'Phone',
      address: 'Address',
      website: 'Website',
    },
    search: {
      label: 'Search this policy',
      hint: 'Press Enter for the next match, Shift+Enter for the previous one.',
      results_one: '{{count}} match',
      results_other: '{{count}} matches',
      noResults: 'No matches',
      position: 'Match {{current}} of {{count}}',
      next: 'Next match',
      previous: 'Previous match',
    },
    summary: {
      heading: 'At a glance',
      intro: 'The main points of this policy. Each link opens the section that tells it in full.',
      layers: {
        collect: 'What we collect',
        purposes: 'Why we use it',
        sharing: 'Who we share it with',
        retention: 'How long we keep it',
        rights: 'Your rights',
        contact: 'How to reach us',
      },
      none: 'No section of this policy is marked as covering this.',
    },
    invalid: {
      title: 'This policy cannot be shown',
      body: 'The policy document has problems. Please contact the site owner.',
      details: 'Technical details',
    },
  },
  id: {
    contents: 'Daftar isi',
    showAll: 'Tampilkan semua bagian',
    hideAll: 'Sembunyikan semua bagian',
    lastUpdated: 'Terakhir diperbarui',
    effectiveDate: 'Berlaku sejak',
    language: 'Bahasa',
    opensInNewTab: '(terbuka di tab baru)',
    table: 'Tabel',
    change: {
      added: 'Baru',
      modified: 'Diperbarui',
    },
    callout: {
      info: 'Catatan',
      important: 'Penting',
      warning: 'Peringatan',
    },
    contact: {
      email: 'Email',
      phone: 'Telepon',
      address: 'Alamat',
      website: 'Situs web',
    },
    search: {
      label: 'Cari dalam kebijakan ini',
      hint: 'Tekan Enter untuk hasil berikutnya, Shift+Enter untuk hasil sebelumnya.',
      results_other: '{{count}} hasil ditemukan',
      noResults: 'Tidak ada hasil',
      position: 'Hasil {{current}} dari {{count}}',
      next: 'Hasil berikutnya',
      previous: 'Hasil sebelumnya',
    },
    summary: {
      heading: 'Ringkasan',
      intro:
        'Pokok-pokok kebijakan ini. Setiap tautan membuka bagian yang menjelaskannya secara lengkap.',
      layers: {
        collect: 'Data yang kami kumpulkan',
        purposes: 'Untuk apa kami menggunakannya',
        sharing: 'Dengan siapa kami membagikannya',
        retention: 'Berapa lama kami menyimpannya',
        rights: 'Hak Anda',
        contact: 'Cara menghubungi kami',
      },
      none: 'Tidak ada bagian kebijakan ini yang ditandai membahas hal ini.',
    },
    invalid: {
      title: 'Kebijakan ini tidak dapat ditampilkan',
      body: 'Dokumen kebijakan ini bermasalah. Silakan hubungi pengelola situs.',
      details: 'Rincian teknis',
    },
  },
} as const;
