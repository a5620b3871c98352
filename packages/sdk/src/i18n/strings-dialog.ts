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
    upcoming: {
      label: 'Perubahan {{title}} yang akan datang',
      heading: 'Kebijakan ini akan berubah pada {{date}}',
      description: 'Versi {{version}} dari {{title}} berlaku mulai tanggal tersebut.',
      whatChanges: 'Apa saja yang berubah',
      acknowledge: 'Saya mengerti',
    },
  },
} as const;
