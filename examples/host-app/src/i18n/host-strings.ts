/**
 * The host app's own UI strings, in its own i18next namespace (`app`). PolicyKit adds its
 * `policykit` namespace beside these and must never change them or the host's language —
 * the end-to-end test checks exactly that.
 */
export const HOST_NAMESPACE = 'app';

const en = {
  skipToContent: 'Skip to content',
  products: {
    label: 'Products',
    current: '{{name}} (you are here)',
  },
  nav: {
    label: 'Main',
    dashboard: 'Dashboard',
    policy: 'Privacy policy',
    rights: 'Your data rights',
    signIn: 'Sign in',
    signOut: 'Sign out',
  },
  login: {
    title: 'Sign in to {{product}}',
    intro:
      'This is a demo: no password is needed and nothing leaves your browser but data-rights requests.',
    name: 'Your name',
    email: 'E-mail address',
    submit: 'Sign in',
  },
  dashboard: {
    welcome: 'Welcome back, {{name}}',
    signedOut: 'Sign in to see your dashboard.',
    privacyNote: 'Read how we handle your data in our privacy policy.',
  },
  ctt: {
    tagline: 'Payments dashboard',
    balance: 'Available balance',
    transactionsToday: 'Transactions today',
    nextSettlement: 'Next settlement',
  },
  btnCx: {
    tagline: 'Customer experience surveys',
    activeSurveys: 'Active surveys',
    responsesThisWeek: 'Responses this week',
    nps: 'Net Promoter Score',
  },
  policyPage: {
    loading: 'Loading the privacy policy…',
    loadFailed: 'The privacy policy could not be loaded.',
    retry: 'Try again',
  },
  rightsPage: {
    title: 'Your data rights',
    intro:
      'Ask us for a copy of your personal data, or to correct or delete it. You get a reference number straight away.',
  },
  notFound: {
    title: 'Page not found',
    back: 'Go to the {{product}} dashboard',
  },
  footer: {
    note: 'Example host app for PolicyKit — the packages are used exactly as published.',
    hostLanguage: 'Host app language (its own i18next instance): {{language}}',
    reset: 'Reset the demo',
  },
};

/** Same keys as `en`: the type makes a missing Indonesian string a compile error. */
const id: typeof en = {
  skipToContent: 'Langsung ke konten',
  products: {
    label: 'Produk',
    current: '{{name}} (Anda di sini)',
  },
  nav: {
    label: 'Utama',
    dashboard: 'Dasbor',
    policy: 'Kebijakan privasi',
    rights: 'Hak data Anda',
    signIn: 'Masuk',
    signOut: 'Keluar',
  },
  login: {
    title: 'Masuk ke {{product}}',
    intro:
      'Ini hanya demo: tidak perlu kata sandi, dan tidak ada data yang keluar dari peramban Anda selain permintaan hak data.',
    name: 'Nama Anda',
    email: 'Alamat email',
    submit: 'Masuk',
  },
  dashboard: {
    welcome: 'Selamat datang kembali, {{name}}',
    signedOut: 'Masuk untuk melihat dasbor Anda.',
    privacyNote: 'Baca cara kami mengelola data Anda di kebijakan privasi kami.',
  },
  ctt: {
    tagline: 'Dasbor pembayaran',
    balance: 'Saldo tersedia',
    transactionsToday: 'Transaksi hari ini',
    nextSettlement: 'Penyelesaian berikutnya',
  },
  btnCx: {
    tagline: 'Survei pengalaman nasabah',
    activeSurveys: 'Survei aktif',
    responsesThisWeek: 'Tanggapan minggu ini',
    nps: 'Net Promoter Score',
  },
  policyPage: {
    loading: 'Memuat kebijakan privasi…',
    loadFailed: 'Kebijakan privasi tidak dapat dimuat.',
    retry: 'Coba lagi',
  },
  rightsPage: {
    title: 'Hak data Anda',
    intro:
      'Minta salinan data pribadi Anda, atau minta kami memperbaiki atau menghapusnya. Anda langsung mendapat nomor referensi.',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    back: 'Ke dasbor {{product}}',
  },
  footer: {
    note: 'Contoh aplikasi host untuk PolicyKit — paketnya dipakai persis seperti yang diterbitkan.',
    hostLanguage: 'Bahasa aplikasi host (instans i18next miliknya sendiri): {{language}}',
    reset: 'Atur ulang demo',
  },
};

export const hostStrings = { en, id } as const;
export type HostLanguage = keyof typeof hostStrings;
