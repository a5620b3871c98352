/**
 * Strings of `lintPolicy` (`lint.*`), English and Indonesian side by side (see strings-common.ts).
 *
 * `lint.contents.*` name what a notice must say (UU PDP Pasal 21(1), GDPR Art. 13–14), in words
 * that fit after "covers"; `lint.messages.*` are the findings. Placeholders: `{{content}}` (one of
 * the contents), `{{article}}` (the citation), `{{topics}}` (the topic ids to tag a section with,
 * which stay in English: they are the document format's values), `{{section}}` (a section title).
 */
export const lintStrings = {
  en: {
    contents: {
      legality: 'the legality (legal basis) of the processing',
      purposes: 'the purposes of the processing',
      dataTypes: 'the types and relevance of the personal data processed',
      retention: 'the retention period of the personal data',
      collectedDetails: 'the details of the information collected',
      processingPeriod: 'the period of the processing',
      rights: 'the data subject’s rights',
      controllerIdentity: 'the identity and contact details of the controller',
      dpoContact: 'the contact details of the data protection officer',
      legalBasis: 'the legal basis of the processing',
      legitimateInterests: 'the legitimate interests pursued',
      recipients: 'the recipients or categories of recipients',
      transfers: 'transfers to a third country or international organisation',
      withdrawConsent: 'the right to withdraw consent at any time',
      complaint: 'the right to lodge a complaint with a supervisory authority',
      statutoryRequirement:
        'whether providing the data is a statutory or contractual requirement, and the consequences of not providing it',
      automatedDecisions: 'automated decision-making, including profiling',
      dataCategories: 'the categories of personal data concerned',
    },
    messages: {
      missing:
        'No section covers {{content}} ({{article}}). Tag the section that states it with the topic {{topics}}, or add one.',
      missingIfApplicable:
        'No section covers {{content}} ({{article}}), which the notice must state where it applies. Tag the section that states it with the topic {{topics}}, or confirm it does not apply.',
      guessMissing:
        'No section seems to cover {{content}} ({{article}}), judging by headings and text. Tag the section that states it with the topic {{topics}}, or add one.',
      untagged:
        'Section “{{section}}” seems to cover {{content}} ({{article}}) but is not tagged with the topic {{topics}}.',
      noTopics:
        'No section carries topics, so these findings are guesses from headings and text. Tag each section with what it covers.',
    },
  },
  id: {
    contents: {
      legality: 'legalitas (dasar hukum) pemrosesan',
      purposes: 'tujuan pemrosesan',
      dataTypes: 'jenis dan relevansi data pribadi yang diproses',
      retention: 'jangka waktu retensi data pribadi',
      collectedDetails: 'rincian informasi yang dikumpulkan',
      processingPeriod: 'jangka waktu pemrosesan',
      rights: 'hak subjek data pribadi',
      controllerIdentity: 'identitas dan kontak pengendali data',
      dpoContact: 'kontak pejabat pelindungan data pribadi',
      legalBasis: 'dasar hukum pemrosesan',
      legitimateInterests: 'kepentingan sah yang dituju',
      recipients: 'penerima atau kategori penerima data',
      transfers: 'transfer data ke negara lain atau organisasi internasional',
      withdrawConsent: 'hak menarik kembali persetujuan kapan saja',
      complaint: 'hak mengajukan pengaduan kepada otoritas pengawas',
      statutoryRequirement:
        'apakah pemberian data merupakan kewajiban hukum atau kontrak, serta akibatnya bila data tidak diberikan',
      automatedDecisions: 'pengambilan keputusan otomatis, termasuk profiling',
      dataCategories: 'kategori data pribadi yang diproses',
    },
    messages: {
      missing:
        'Tidak ada bagian yang memuat {{content}} ({{article}}). Tandai bagian yang menyatakannya dengan topik {{topics}}, atau tambahkan bagian.',
      missingIfApplicable:
        'Tidak ada bagian yang memuat {{content}} ({{article}}), yang wajib dinyatakan bila berlaku. Tandai bagian yang menyatakannya dengan topik {{topics}}, atau pastikan hal itu tidak berlaku.',
      guessMissing:
        'Tampaknya tidak ada bagian yang memuat {{content}} ({{article}}), dilihat dari judul dan teksnya. Tandai bagian yang menyatakannya dengan topik {{topics}}, atau tambahkan bagian.',
      untagged:
        'Bagian “{{section}}” tampaknya memuat {{content}} ({{article}}), tetapi tidak ditandai dengan topik {{topics}}.',
      noTopics:
        'Tidak ada bagian yang memiliki topik, sehingga temuan ini hanya dugaan dari judul dan teks. Tandai setiap bagian dengan hal yang dimuatnya.',
    },
  },
} as const;
