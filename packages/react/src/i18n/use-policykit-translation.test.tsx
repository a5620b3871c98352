import { render, screen } from '@testing-library/react';
import { createInstance, type i18n as I18n, type ResourceLanguage } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import {
  createRightsRequestClient,
  dialogStrings,
  viewerStrings,
  type PolicyDocument,
} from '@policykit/sdk';
import { PolicyKitProvider, RightsRequestForm, usePolicyKitTranslation } from '@policykit/react';

function ViewerProbe({ documentLocale }: { documentLocale?: string }) {
  const { t, locale, language } = usePolicyKitTranslation(documentLocale, [viewerStrings]);
  return (
    <p data-testid="probe" data-locale={locale} data-language={language}>
      {t('viewer.showAll')} | {t('viewer.hideAll')}
    </p>
  );
}

function DialogProbe() {
  const { t } = usePolicyKitTranslation('en', [dialogStrings]);
  return <p>{t('dialog.changesHeading')}</p>;
}

// Rights without titles, so the form labels them with the kit's own `common.rights.*`.
const policy: PolicyDocument = {
  schemaVersion: 1,
  id: 'probe',
  version: '1',
  locale: 'id-ID',
  title: 'Kebijakan Privasi',
  lastUpdated: '2026-01-05',
  rights: [{ id: 'access' }, { id: 'erasure' }],
  sections: [{ id: 'intro', title: 'Pendahuluan', blocks: [] }],
};
const client = createRightsRequestClient({ endpoint: 'https://example.test/requests' });

async function hostInstance(extra: { en?: ResourceLanguage } = {}): Promise<I18n> {
  const host = createInstance();
  await host.init({
    lng: 'fr',
    fallbackLng: 'fr',
    resources: { fr: { app: { hello: 'Bonjour' } }, en: { ...extra.en } },
    ns: ['app'],
    defaultNS: 'app',
  });
  return host;
}

describe("given no provider (PolicyKit's own i18n instance)", () => {
  it("renders a component's strings in the document's language", () => {
    const { unmount } = render(<ViewerProbe documentLocale="id-ID" />);
    expect(screen.getByTestId('probe')).toHaveTextContent(
      'Tampilkan semua bagian | Sembunyikan semua bagian',
    );
    unmount();
    render(<ViewerProbe documentLocale="en-GB" />);
    expect(screen.getByTestId('probe')).toHaveTextContent('Show all sections | Hide all sections');
    expect(screen.getByTestId('probe')).toHaveAttribute('data-locale', 'en-GB');
  });

  it('falls back to English without a document locale', () => {
    render(<ViewerProbe />);
    expect(screen.getByTestId('probe')).toHaveAttribute('data-language', 'en');
    expect(screen.getByTestId('probe')).toHaveTextContent('Show all sections');
  });

  it('renders <RightsRequestForm> with its own strings and the shared right titles', () => {
    render(<RightsRequestForm policy={policy} client={client} jurisdiction="id-pdp" />);
    const group = screen.getByRole('group', { name: 'Apa yang ingin Anda lakukan?' });
    expect(group).toHaveTextContent('Mengakses data Anda');
    expect(group).toHaveTextContent('Menghapus data Anda');
  });
});

describe('given a host i18next instance', () => {
  it("renders a component's strings through the host's instance, in the provider's locale", async () => {
    const host = await hostInstance();
    render(
      <PolicyKitProvider i18n={host} locale="id-ID">
        <ViewerProbe documentLocale="en" />
        <RightsRequestForm policy={{ ...policy, locale: 'en' }} client={client} />
      </PolicyKitProvider>,
    );
    expect(screen.getByTestId('probe')).toHaveTextContent('Tampilkan semua bagian');
    expect(host.getFixedT('id', 'policykit')('viewer.showAll')).toBe('Tampilkan semua bagian');
    expect(screen.getByRole('group', { name: 'Apa yang ingin Anda lakukan?' })).toHaveTextContent(
      'Mengakses data Anda',
    );
  });

  it("leaves the host's language, default namespace and own strings as they were, and emits nothing", async () => {
    const host = await hostInstance();
    const events = vi.fn();
    host.store.on('added', events);
    host.on('languageChanged', events);
    render(
      <PolicyKitProvider i18n={host} locale="id-ID">
        <ViewerProbe />
      </PolicyKitProvider>,
    );
    expect(screen.getByTestId('probe')).toHaveTextContent('Tampilkan semua bagian');
    expect(host.language).toBe('fr');
    expect(host.options.defaultNS).toBe('app');
    expect(host.t('hello')).toBe('Bonjour');
    expect(host.getResourceBundle('fr', 'app')).toEqual({ hello: 'Bonjour' });
    expect(host.hasResourceBundle('fr', 'policykit')).toBe(false);
    expect(events).not.toHaveBeenCalled();
  });

  it('adds only the areas of the components it renders, in English and Indonesian', async () => {
    const host = await hostInstance();
    render(
      <PolicyKitProvider i18n={host}>
        <DialogProbe />
      </PolicyKitProvider>,
    );
    expect(screen.getByText('What changed')).toBeInTheDocument();
    for (const language of ['en', 'id']) {
      expect(host.getResource(language, 'policykit', 'dialog')).toEqual(
        dialogStrings[language as 'en' | 'id'].dialog,
      );
      expect(host.getResource(language, 'policykit', 'viewer')).toBeUndefined();
      expect(host.getResource(language, 'policykit', 'rights')).toBeUndefined();
    }
  });

  it('keeps a string the host set in the policykit namespace and fills in the rest', async () => {
    const host = await hostInstance({
      en: { policykit: { viewer: { showAll: 'Open everything' } } },
    });
    render(
      <PolicyKitProvider i18n={host} locale="en">
        <ViewerProbe />
      </PolicyKitProvider>,
    );
    expect(screen.getByTestId('probe')).toHaveTextContent('Open everything | Hide all sections');
  });

  it('adds an area once per instance, however many components use it', async () => {
    const host = await hostInstance();
    const add = vi.spyOn(host, 'addResourceBundle');
    const { rerender } = render(
      <PolicyKitProvider i18n={host} locale="en">
        <ViewerProbe />
        <ViewerProbe />
      </PolicyKitProvider>,
    );
    rerender(
      <PolicyKitProvider i18n={host} locale="id">
        <ViewerProbe />
      </PolicyKitProvider>,
    );
    expect(add.mock.calls.map(([language, namespace]) => `${language}:${namespace}`)).toEqual([
      'en:policykit',
      'id:policykit',
    ]);
  });

  it("reads its strings the same way whatever key separators and placeholders the host's instance uses", async () => {
    // An app with flat natural-language keys ("Sign in"), `app.key` namespaces and Rails-style
    // `%{name}` placeholders.
    const host = createInstance();
    await host.init({
      lng: 'en',
      resources: { en: { app: { 'Sign in': 'Masuk', 'Hi %{name}': 'Hi %{name}' } } },
      ns: ['app'],
      defaultNS: 'app',
      keySeparator: false,
      nsSeparator: '.',
      interpolation: { prefix: '%{', suffix: '}' },
    });
    function SearchStatusProbe() {
      const { t } = usePolicyKitTranslation('en', [viewerStrings]);
      return (
        <p data-testid="status">
          {t('viewer.showAll')} | {t('viewer.search.results', { count: 3 })} |{' '}
          {t('viewer.search.position', { current: 1, count: 3 })}
        </p>
      );
    }
    render(
      <PolicyKitProvider i18n={host}>
        <SearchStatusProbe />
      </PolicyKitProvider>,
    );
    expect(screen.getByTestId('status')).toHaveTextContent(
      'Show all sections | 3 matches | Match 1 of 3',
    );
    // …and the host's own lookups still follow the host's settings.
    expect(host.t('Sign in')).toBe('Masuk');
    expect(host.t('app.Sign in')).toBe('Masuk');
    expect(host.t('Hi %{name}', { name: 'Ana' })).toBe('Hi Ana');
    expect(host.options.keySeparator).toBe(false);
    expect(host.options.interpolation?.prefix).toBe('%{');
  });

  it("follows the host's language when the provider sets no locale", async () => {
    const host = await hostInstance();
    await host.changeLanguage('id');
    render(
      <PolicyKitProvider i18n={host}>
        <ViewerProbe documentLocale="en" />
      </PolicyKitProvider>,
    );
    expect(screen.getByTestId('probe')).toHaveAttribute('data-language', 'id');
    expect(screen.getByTestId('probe')).toHaveTextContent('Tampilkan semua bagian');
  });
});
