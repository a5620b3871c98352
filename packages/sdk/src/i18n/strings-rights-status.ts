/**
 * A rights request after its receipt, in the requester's words: the status lookup's labels
 * (`createRightsRequestHandler` puts them in its status reply, in the request's language) and
 * the strings of a status page and a DPO's inbox. English and Indonesian side by side (see
 * strings-common.ts).
 *
 * Indonesian follows the form's register (the formal "Anda"). "Ditarik kembali" for a request
 * the person withdrew (their act), "Ditolak" for one the controller refused.
 */
export const rightsStatusStrings = {
  en: {
    statuses: {
      received: 'Received',
      verifying: 'Checking your identity',
      'awaiting-requester': 'Waiting for your reply',
      'in-progress': 'In progress',
      extended: 'Reply period extended',
      fulfilled: 'Completed',
      rejected: 'Declined',
      withdrawn: 'Withdrawn',
    },
    events: {
      received: 'Request received',
      status: 'Status changed to “{{status}}”',
      note: 'Message from us',
    },
    reasons: {
      'suspected-fraud': 'The request appears not to come from the person whose data it is.',
      'insufficient-verification': 'We could not confirm your identity.',
      'no-match': 'We hold no data that matches your details.',
      'claim-not-covered': 'The request is not one this right covers.',
      'outside-jurisdiction': 'The request falls outside the law that applies to us.',
      'too-many-requests': 'Too many requests were made in a short time.',
      'legal-exemption': 'The law requires or allows us to refuse this request.',
      other: 'See our message for the reason.',
    },
    lookup: {
      title: 'Status of your request',
      reference: 'Reference number',
      token: 'Status code',
      tokenHint: 'The code from your receipt or the status link we sent you.',
      submit: 'Check status',
      checking: 'Checking…',
      notFound:
        'No request matches this reference number and status code. Check both and try again.',
      rateLimited: 'Too many attempts. Please wait a moment and try again.',
      unavailable: 'The status could not be checked now. Please try again later.',
      status: 'Status',
      receivedAt: 'Received on',
      expectedBy: 'Reply expected by',
      noDeadline: 'The law sets no fixed period for this request.',
      history: 'History',
      reason: 'Reason',
    },
  },
  id: {
    statuses: {
      received: 'Diterima',
      verifying: 'Verifikasi identitas',
      'awaiting-requester': 'Menunggu tanggapan Anda',
      'in-progress': 'Sedang diproses',
      extended: 'Jangka waktu jawaban diperpanjang',
      fulfilled: 'Selesai',
      rejected: 'Ditolak',
      withdrawn: 'Ditarik kembali',
    },
    events: {
      received: 'Permintaan diterima',
      status: 'Status berubah menjadi “{{status}}”',
      note: 'Pesan dari kami',
    },
    reasons: {
      'suspected-fraud': 'Permintaan ini tampaknya tidak berasal dari pemilik data.',
      'insufficient-verification': 'Kami tidak dapat memastikan identitas Anda.',
      'no-match': 'Kami tidak menyimpan data yang cocok dengan keterangan Anda.',
      'claim-not-covered': 'Permintaan ini tidak termasuk dalam hak yang diminta.',
      'outside-jurisdiction': 'Permintaan ini berada di luar hukum yang berlaku bagi kami.',
      'too-many-requests': 'Terlalu banyak permintaan dalam waktu singkat.',
      'legal-exemption': 'Undang-undang mewajibkan atau membolehkan kami menolak permintaan ini.',
      other: 'Lihat pesan kami untuk alasannya.',
    },
    lookup: {
      title: 'Status permintaan Anda',
      reference: 'Nomor referensi',
      token: 'Kode status',
      tokenHint: 'Kode pada tanda terima Anda atau pada tautan status yang kami kirimkan.',
      submit: 'Periksa status',
      checking: 'Memeriksa…',
      notFound:
        'Tidak ada permintaan dengan nomor referensi dan kode status ini. Periksa keduanya dan coba lagi.',
      rateLimited: 'Terlalu banyak percobaan. Mohon tunggu sebentar lalu coba lagi.',
      unavailable: 'Status tidak dapat diperiksa saat ini. Silakan coba lagi nanti.',
      status: 'Status',
      receivedAt: 'Diterima pada',
      expectedBy: 'Jawaban paling lambat',
      noDeadline: 'Undang-undang tidak menetapkan jangka waktu tertentu untuk permintaan ini.',
      history: 'Riwayat',
      reason: 'Alasan',
    },
  },
} as const;
