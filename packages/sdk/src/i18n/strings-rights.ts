/**
 * UI strings of `<RightsRequestForm>`, English and Indonesian side by side (see strings-common.ts).
 * Error sentences for individual fields live in `strings-rights-errors.ts` (`rightsErrors.*`).
 *
 * Indonesian: "email" is kept as the loanword most Indonesian apps use (KBBI also lists "surel");
 * the formal "Anda" throughout, as in the CTT policy itself.
 */
export const rightsStrings = {
  en: {
    form: {
      label: 'Data rights request',
      submit: 'Send request',
      sending: 'Sending your request…',
      restored: 'We restored what you typed earlier on this device.',
      offline:
        'You are offline. What you typed is kept on this device: send it when you are back online.',
    },
    picker: {
      legend: 'What would you like to do?',
      none: 'This policy lists no requests that can be made here. Please contact us directly.',
    },
    fields: {
      name: { label: 'Full name' },
      email: {
        label: 'Email address',
        hint: 'We will reply to this address.',
      },
      phone: {
        label: 'Phone number (optional)',
        hint: 'In international format, for example +62 812 3456 7890.',
      },
      details: {
        label: 'Details (optional)',
        hint: 'Anything that helps us find your data or understand your request. Up to {{limit, number}} characters.',
        remaining_one: 'You have {{count, number}} character left',
        remaining_other: 'You have {{count, number}} characters left',
        over_one: 'You have {{count, number}} character too many',
        over_other: 'You have {{count, number}} characters too many',
      },
    },
    errorSummary: {
      title: 'There is a problem',
      /** Prefix read before an inline error, so a screen reader says what it is. */
      prefix: 'Error:',
    },
    failure: {
      retryableTitle: 'Your request has not been sent yet',
      retryableBody: 'Nothing you typed is lost. You can try again now.',
      finalTitle: 'Your request could not be sent',
      serverSaid: 'Message from the server: {{message}}',
      contactFallback: 'You can also send your request to us directly:',
      retry: 'Try again',
    },
    identity: {
      title: 'Confirm your email address',
      codeSent: 'We sent a code to {{destination}}. Enter it to send your request.',
      codeSentNoDestination: 'We sent you a code. Enter it to send your request.',
      codeLabel: 'Confirmation code',
      confirm: 'Confirm and send',
      verifying: 'Checking your identity…',
      wrongCode: 'That code is not right. Check it and try again.',
      codeRequired: 'Enter the code we sent you',
      failed: 'We could not confirm your identity.',
      change: 'Change your details',
    },
    receipt: {
      statusLink: 'Check the status of your request',
      statusToken: 'Status code (keep it private)',
      title: 'Request sent',
      reference: 'Reference number',
      right: 'Request',
      submittedAt: 'Sent on',
      dueBy: 'Reply due by',
      noStatutoryPeriod: 'The law sets no fixed period for this request.',
      nextTitle: 'What happens next',
      nextWithDeadline:
        'Keep your reference number. {{organization}} will reply to {{email}} by {{date}}.',
      nextWithoutDeadline:
        'Keep your reference number. {{organization}} will reply to {{email}} as soon as possible.',
      organizationFallback: 'We',
      /** A `mailtoTransport` receipt: the mail app opened, but nothing is sent until the person sends it. */
      emailTitle: 'Send the email to finish your request',
      emailNext:
        'Your email app has opened a message with your request. Your request is sent only when you send that email.',
      another: 'Make another request',
    },
    contact: {
      title: 'Contact',
      email: 'Email',
      phone: 'Phone',
      address: 'Address',
      url: 'Website',
    },
  },
  id: {
    form: {
      label: 'Permintaan hak atas data pribadi',
      submit: 'Kirim permintaan',
      sending: 'Permintaan Anda sedang dikirim…',
      restored: 'Kami memulihkan isian yang sebelumnya Anda ketik di perangkat ini.',
      offline:
        'Anda sedang tidak terhubung ke internet. Isian Anda tetap tersimpan di perangkat ini: kirimkan setelah koneksi kembali.',
    },
    picker: {
      legend: 'Apa yang ingin Anda lakukan?',
      none: 'Kebijakan ini tidak mencantumkan permintaan yang dapat diajukan di sini. Silakan hubungi kami secara langsung.',
    },
    fields: {
      name: { label: 'Nama lengkap' },
      email: {
        label: 'Alamat email',
        hint: 'Kami akan membalas ke alamat ini.',
      },
      phone: {
        label: 'Nomor telepon (opsional)',
        hint: 'Dalam format internasional, misalnya +62 812 3456 7890.',
      },
      details: {
        label: 'Rincian (opsional)',
        hint: 'Apa saja yang membantu kami menemukan data Anda atau memahami permintaan Anda. Maksimal {{limit, number}} karakter.',
        remaining_other: 'Sisa {{count, number}} karakter',
        over_other: 'Kelebihan {{count, number}} karakter',
      },
    },
    errorSummary: {
      title: 'Ada masalah',
      prefix: 'Kesalahan:',
    },
    failure: {
      retryableTitle: 'Permintaan Anda belum terkirim',
      retryableBody: 'Isian Anda tidak hilang. Anda dapat mencoba lagi sekarang.',
      finalTitle: 'Permintaan Anda tidak dapat dikirim',
      serverSaid: 'Pesan dari server: {{message}}',
      contactFallback: 'Anda juga dapat mengirim permintaan langsung kepada kami:',
      retry: 'Coba lagi',
    },
    identity: {
      title: 'Konfirmasi alamat email Anda',
      codeSent:
        'Kami telah mengirim kode ke {{destination}}. Masukkan kode tersebut untuk mengirim permintaan Anda.',
      codeSentNoDestination:
        'Kami telah mengirim kode kepada Anda. Masukkan kode tersebut untuk mengirim permintaan Anda.',
      codeLabel: 'Kode konfirmasi',
      confirm: 'Konfirmasi dan kirim',
      verifying: 'Identitas Anda sedang diperiksa…',
      wrongCode: 'Kode tersebut salah. Periksa kembali, lalu coba lagi.',
      codeRequired: 'Masukkan kode yang kami kirim',
      failed: 'Kami tidak dapat memastikan identitas Anda.',
      change: 'Ubah data Anda',
    },
    receipt: {
      statusLink: 'Periksa status permintaan Anda',
      statusToken: 'Kode status (jangan dibagikan)',
      title: 'Permintaan terkirim',
      reference: 'Nomor referensi',
      right: 'Jenis permintaan',
      submittedAt: 'Dikirim pada',
      dueBy: 'Batas waktu balasan',
      noStatutoryPeriod: 'Undang-undang tidak menetapkan batas waktu untuk permintaan ini.',
      nextTitle: 'Langkah selanjutnya',
      nextWithDeadline:
        'Simpan nomor referensi Anda. {{organization}} akan membalas ke {{email}} paling lambat {{date}}.',
      nextWithoutDeadline:
        'Simpan nomor referensi Anda. {{organization}} akan membalas ke {{email}} sesegera mungkin.',
      organizationFallback: 'Kami',
      emailTitle: 'Kirim email untuk menyelesaikan permintaan Anda',
      emailNext:
        'Aplikasi email Anda telah membuka pesan berisi permintaan Anda. Permintaan baru terkirim setelah Anda mengirim email tersebut.',
      another: 'Ajukan permintaan lain',
    },
    contact: {
      title: 'Kontak',
      email: 'Email',
      phone: 'Telepon',
      address: 'Alamat',
      url: 'Situs web',
    },
  },
} as const;
