/**
 * UI strings of the rightsErrors area, English and Indonesian side by side (see strings-common.ts).
 *
 * Top-level keys are the `code`s of `validateRightsRequest` issues (a form shows
 * `t(\`rightsErrors.${issue.code}\`, issue.params)`); `submit.*` are the
 * `RightsRequestError#messageKey`s. Messages follow the GOV.UK error-message
 * pattern: say what to do, not what went wrong.
 */
export const rightsErrorsStrings = {
  en: {
    nameRequired: 'Enter your name',
    nameTooLong: 'Name must be {{max}} characters or fewer',
    emailRequired: 'Enter your email address',
    emailInvalid: 'Enter an email address in the correct format, like name@example.com',
    emailTooLong: 'Email address must be {{max}} characters or fewer',
    phoneInvalid: 'Enter a phone number in international format, like +62 21 1234 5678',
    phoneCountryCode: 'Start the phone number with + and the country code, like +62',
    rightRequired: 'Choose the request you want to make',
    rightUnknown: 'Choose a request from the list',
    rightNotOffered: 'This policy does not offer that request. Choose one from the list',
    detailsTooLong: 'Details must be {{max}} characters or fewer',
    policyIdRequired:
      'The request does not say which policy it is about. Reload the page and try again',
    policyVersionRequired:
      'The request does not say which version of the policy you read. Reload the page and try again',
    policyUnknown: 'This form is for a different policy. Reload the page and try again',
    localeRequired:
      'The request does not say which language to reply in. Reload the page and try again',
    localeInvalid: 'The language of the request was not recognised. Reload the page and try again',
    fieldTooLong: 'This value must be {{max}} characters or fewer',
    wrongType: 'This field holds an unexpected value. Reload the page and try again',
    submit: {
      invalid: 'Check the highlighted fields and try again',
      network: 'We could not reach the server. Check your connection and try again',
      timeout: 'The server took too long to answer. Try again',
      aborted: 'Sending was cancelled',
      http: 'The server could not accept your request',
      unavailable: 'The service is temporarily unavailable. Try again in a moment',
      response: 'The server’s reply could not be read. Try again',
    },
  },
  id: {
    nameRequired: 'Masukkan nama Anda',
    nameTooLong: 'Nama tidak boleh lebih dari {{max}} karakter',
    emailRequired: 'Masukkan alamat email Anda',
    emailInvalid: 'Masukkan alamat email dengan format yang benar, misalnya nama@contoh.com',
    emailTooLong: 'Alamat email tidak boleh lebih dari {{max}} karakter',
    phoneInvalid: 'Masukkan nomor telepon dalam format internasional, misalnya +62 21 1234 5678',
    phoneCountryCode: 'Awali nomor telepon dengan + dan kode negara, misalnya +62',
    rightRequired: 'Pilih jenis permintaan yang ingin Anda ajukan',
    rightUnknown: 'Pilih jenis permintaan dari daftar',
    rightNotOffered:
      'Kebijakan ini tidak menyediakan jenis permintaan tersebut. Pilih salah satu dari daftar',
    detailsTooLong: 'Rincian tidak boleh lebih dari {{max}} karakter',
    policyIdRequired:
      'Permintaan ini tidak menyebutkan kebijakan yang dimaksud. Muat ulang halaman, lalu coba lagi',
    policyVersionRequired:
      'Permintaan ini tidak menyebutkan versi kebijakan yang Anda baca. Muat ulang halaman, lalu coba lagi',
    policyUnknown: 'Formulir ini untuk kebijakan lain. Muat ulang halaman, lalu coba lagi',
    localeRequired:
      'Permintaan ini tidak menyebutkan bahasa untuk balasan. Muat ulang halaman, lalu coba lagi',
    localeInvalid: 'Bahasa permintaan ini tidak dikenali. Muat ulang halaman, lalu coba lagi',
    fieldTooLong: 'Isian ini tidak boleh lebih dari {{max}} karakter',
    wrongType: 'Isian ini berisi nilai yang tidak terduga. Muat ulang halaman, lalu coba lagi',
    submit: {
      invalid: 'Periksa kolom yang ditandai, lalu coba lagi',
      network: 'Kami tidak dapat terhubung ke server. Periksa koneksi Anda, lalu coba lagi',
      timeout: 'Server terlalu lama merespons. Silakan coba lagi',
      aborted: 'Pengiriman dibatalkan',
      http: 'Server tidak dapat menerima permintaan Anda',
      unavailable: 'Layanan sedang tidak tersedia untuk sementara. Coba lagi sebentar lagi',
      response: 'Balasan dari server tidak dapat dibaca. Silakan coba lagi',
    },
  },
} as const;
