/**
 * UI strings of the policy-updated dialog and the upcoming-change notice, English and
 * Indonesian side by side (see strings-common.ts).
 *
 * "Acknowledge" is rendered in Indonesian as "Saya mengerti" ("I understand"): the
 * person confirms they were told, not that they consent (UU PDP keeps consent,
 * Pasal 20–22, separate from being informed, Pasal 21(2)).
 */
export const dialogStrings = {
  en: {
    titleFirst: 'Please read our {{title}}',
    titleUpdated: 'Our {{title}} has been updated',
    description: {
      firstBlocking: 'Please read it, then acknowledge it to continue.',
      firstDismissible: 'Please read it, then acknowledge it now or ask to be reminded later.',
      updatedBlocking: 'Please review what changed, then acknowledge it to continue.',
      updatedDismissible:
        'Please review what changed, then acknowledge it now or ask to be reminded later.',
    },
    version: 'Version {{version}}',
    lastUpdated: 'Last updated {{date}}',
    changesHeading: 'What changed',
    change: {
      added: 'New',
      modified: 'Updated',
      removed: 'Removed',
    },
    sectionCount_one: '{{count}} section',
    sectionCount_other: '{{count}} sections',
    onlyDetailsChanged:
      'No section changed; details outside the sections (such as contact details or your rights) did.',
    noContentChanged: 'The content did not change; only the version was updated.',
    acknowledge: 'Acknowledge',
    remindLater: 'Remind me later',
    review: {
      label: 'Reviewing the changes to {{title}}',
      text: 'You are reading a changed section of the {{title}}.',
      back: 'Back to the changes',
    },
    receipt: {
      open: 'Your receipt',
      heading: 'Your acknowledgement',
      loading: 'Getting your receipt…',
      sentence: 'You acknowledged version {{version}} on {{date}}.',
      sentenceDelivered: 'Version {{version}} was shown to you on {{date}}.',
      language: 'Language shown',
      channel: 'Shown in',
      channels: {
        dialog: 'The update dialog',
        upcomingNotice: 'The notice of an upcoming change',
        viewer: 'The policy page',
      },
      hash: 'Document fingerprint (SHA-256)',
      copy: 'Copy fingerprint',
      copied: 'Fingerprint copied.',
      copyFailed: 'Could not copy. Select the fingerprint to copy it yourself.',
      download: 'Download receipt',
      verifyButton: 'Verify',
      verifying: 'Checking the receipt against the document shown…',
      verify: {
        ok: 'The receipt matches the document shown: the same policy, version, language and text.',
        mismatch: {
          policyId:
            'The receipt does not match: it is for the policy {{actual}}, the document shown is {{expected}}.',
          version:
            'The receipt does not match: it is for version {{actual}}, the document shown is version {{expected}}.',
          locale:
            'The receipt does not match: it is for the {{actual}} text, the document shown is {{expected}}.',
          documentHash:
            'The receipt does not match: the text of the document shown has changed since (fingerprint {{expected}}, the receipt names {{actual}}).',
        },
        error: 'This receipt could not be read, so it could not be checked.',
      },
      deviceOnly:
        'Your acknowledgement is recorded on this device only, so there is no receipt to download.',
      unavailable: 'Your receipt could not be fetched just now. Please try again later.',
      close: 'Close',
    },
    upcoming: {
      label: 'Upcoming change to {{title}}',
      heading: 'This policy changes on {{date}}',
      description: 'Version {{version}} of the {{title}} applies from that day.',
      whatChanges: 'What changes',
      acknowledge: 'Got it',
    },
  },
  id: {
    titleFirst: 'Mohon baca {{title}} kami',
    titleUpdated: '{{title}} kami telah diperbarui',
    description: {
      firstBlocking: 'Mohon baca terlebih dahulu, lalu konfirmasi untuk melanjutkan.',
      firstDismissible:
        'Mohon baca terlebih dahulu, lalu konfirmasi sekarang atau minta diingatkan nanti.',
      updatedBlocking: 'Mohon tinjau bagian yang berubah, lalu konfirmasi untuk melanjutkan.',
      updatedDismissible:
        'Mohon tinjau bagian yang berubah, lalu konfirmasi sekarang atau minta diingatkan nanti.',
    },
    version: 'Versi {{version}}',
    lastUpdated: 'Terakhir diperbarui {{date}}',
    changesHeading: 'Yang berubah',
    change: {
      added: 'Baru',
      modified: 'Diperbarui',
      removed: 'Dihapus',
    },
    sectionCount_other: '{{count}} bagian',
    onlyDetailsChanged:
      'Tidak ada bagian yang berubah; yang berubah adalah rincian di luar bagian-bagian tersebut (misalnya kontak atau hak Anda).',
    noContentChanged: 'Isinya tidak berubah; hanya versinya yang diperbarui.',
    acknowledge: 'Saya mengerti',
    remindLater: 'Ingatkan saya nanti',
    review: {
      label: 'Meninjau perubahan {{title}}',
      text: 'Anda sedang membaca bagian {{title}} yang berubah.',
      back: 'Kembali ke daftar perubahan',
    },
    receipt: {
      open: 'Tanda terima Anda',
      heading: 'Konfirmasi Anda',
      loading: 'Mengambil tanda terima Anda…',
      sentence: 'Anda telah mengonfirmasi versi {{version}} pada {{date}}.',
      sentenceDelivered: 'Versi {{version}} telah ditampilkan kepada Anda pada {{date}}.',
      language: 'Bahasa yang ditampilkan',
      channel: 'Ditampilkan di',
      channels: {
        dialog: 'Dialog pembaruan',
        upcomingNotice: 'Pemberitahuan perubahan yang akan datang',
        viewer: 'Halaman kebijakan',
      },
      hash: 'Sidik jari dokumen (SHA-256)',
      copy: 'Salin sidik jari',
      copied: 'Sidik jari disalin.',
      copyFailed: 'Tidak dapat menyalin. Pilih sidik jari untuk menyalinnya sendiri.',
      download: 'Unduh tanda terima',
      verifyButton: 'Verifikasi',
      verifying: 'Mencocokkan tanda terima dengan dokumen yang ditampilkan…',
      verify: {
        ok: 'Tanda terima cocok dengan dokumen yang ditampilkan: kebijakan, versi, bahasa, dan teksnya sama.',
        mismatch: {
          policyId:
            'Tanda terima tidak cocok: tanda terima ini untuk kebijakan {{actual}}, dokumen yang ditampilkan adalah {{expected}}.',
          version:
            'Tanda terima tidak cocok: tanda terima ini untuk versi {{actual}}, dokumen yang ditampilkan adalah versi {{expected}}.',
          locale:
            'Tanda terima tidak cocok: tanda terima ini untuk teks {{actual}}, dokumen yang ditampilkan adalah {{expected}}.',
          documentHash:
            'Tanda terima tidak cocok: teks dokumen yang ditampilkan telah berubah sejak itu (sidik jari {{expected}}, tanda terima menyebut {{actual}}).',
        },
        error: 'Tanda terima ini tidak dapat dibaca, sehingga tidak dapat diperiksa.',
      },
      deviceOnly:
        'Konfirmasi Anda hanya tercatat di perangkat ini, sehingga tidak ada tanda terima untuk diunduh.',
      unavailable: 'Tanda terima Anda belum dapat diambil saat ini. Silakan coba lagi nanti.',
      close: 'Tutup',
    },
    upcoming: {
      label: 'Perubahan {{title}} yang akan datang',
      heading: 'Kebijakan ini akan berubah pada {{date}}',
      description: 'Versi {{version}} dari {{title}} berlaku mulai tanggal tersebut.',
      whatChanges: 'Apa saja yang berubah',
      acknowledge: 'Saya mengerti',
    },
  },
} as const;
