import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PolicyDocument } from '@policykit/sdk';
import { PolicyKitProvider, PolicyViewer } from '@policykit/react';
import { generatePolicy } from '../../../../test/fixtures/generate-policy';
import { policyEn, policyEnPrevious, policyId } from './viewer-test-policies';

const trigger = (name: string | RegExp) => screen.getByRole('button', { name });
const contentOf = (button: HTMLElement) =>
  document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
const sectionOf = (id: string) => document.getElementById(id) as HTMLElement;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-07-01T09:00:00Z'));
  window.history.replaceState(null, '', '/');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('given an English policy and no provider', () => {
  it('shows the title as h1, who it applies to and the dates in the document locale', () => {
    render(<PolicyViewer policy={policyEn} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Privacy Policy' })).toBeInTheDocument();
    expect(screen.getByText('Applies to every Demo user')).toBeInTheDocument();
    expect(screen.getByText('Last updated')).toBeInTheDocument();
    expect(screen.getByText('12 June 2024')).toHaveAttribute('datetime', '2024-06-12');
    expect(screen.getByText('(2 years ago)')).toBeInTheDocument();
    expect(screen.getByText('Effective from')).toBeInTheDocument();
    expect(screen.getByText('1 July 2024')).toBeInTheDocument();
  });

  it('renders each section toggle as a button inside a real h2, nested ones in h3', () => {
    render(<PolicyViewer policy={policyEn} defaultExpanded="all" />);
    const h2 = screen.getAllByRole('heading', { level: 2 });
    expect(h2.map((heading) => heading.textContent)).toEqual([
      'Our commitment',
      'Data we collect',
      'Security',
      'Contact us',
    ]);
    expect(within(h2[0]!).getByRole('button')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Cookies' })).toBeInTheDocument();
  });

  it('starts collapsed, keeping the text in the DOM, with the summary visible', () => {
    render(<PolicyViewer policy={policyEn} />);
    const button = trigger('Our commitment');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(contentOf(button)).toHaveAttribute('hidden', 'until-found');
    expect(contentOf(button)).toHaveTextContent('We protect your personal data');
    expect(screen.getByText('Why we protect your data.')).toBeVisible();
    expect(button).toHaveAccessibleDescription('Why we protect your data.');
    expect(sectionOf('commitment')).toHaveAttribute('data-state', 'closed');
  });

  it('opens and closes a section from its button and reports the open ids', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<PolicyViewer policy={policyEn} onValueChange={onValueChange} />);
    const button = trigger('Our commitment');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(contentOf(button)).not.toHaveAttribute('hidden');
    expect(sectionOf('commitment')).toHaveAttribute('data-state', 'open');
    expect(onValueChange).toHaveBeenLastCalledWith(['commitment']);
    await user.click(trigger('Security'));
    expect(onValueChange).toHaveBeenLastCalledWith(['commitment', 'security']);
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(contentOf(button)).toHaveAttribute('hidden', 'until-found');
    expect(onValueChange).toHaveBeenLastCalledWith(['security']);
  });

  it('names each panel by its button (a region while there are few sections)', () => {
    render(<PolicyViewer policy={policyEn} defaultExpanded="all" />);
    expect(screen.getByRole('region', { name: 'Security' })).toHaveTextContent(
      'We never sell your personal data.',
    );
  });
});

describe('given the expansion props', () => {
  it('defaultExpanded="first" opens the first section only', () => {
    render(<PolicyViewer policy={policyEn} defaultExpanded="first" />);
    expect(trigger('Our commitment')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'false');
  });

  it('defaultExpanded="all" opens every section, nested ones too', () => {
    render(<PolicyViewer policy={policyEn} defaultExpanded="all" />);
    const triggers = document.querySelectorAll('.pk-PolicyViewer-trigger');
    expect(triggers).toHaveLength(5);
    for (const button of triggers) expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('defaultExpanded with ids opens them and the sections around them', () => {
    render(<PolicyViewer policy={policyEn} defaultExpanded={['cookies']} />);
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Data we collect')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'false');
  });

  it('defaultValue wins over defaultExpanded', () => {
    render(<PolicyViewer policy={policyEn} defaultValue={['security']} defaultExpanded="all" />);
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Our commitment')).toHaveAttribute('aria-expanded', 'false');
  });

  it('a controlled value decides: a click only asks, the new value opens', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    const { rerender } = render(
      <PolicyViewer policy={policyEn} value={[]} onValueChange={onValueChange} />,
    );
    await user.click(trigger('Security'));
    expect(onValueChange).toHaveBeenCalledWith(['security']);
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'false');
    rerender(<PolicyViewer policy={policyEn} value={['security']} onValueChange={onValueChange} />);
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
  });

  it('a controlled value follows its owner through several changes', async () => {
    const user = userEvent.setup();
    function Owner() {
      const [value, setValue] = useState<string[]>(['commitment']);
      return (
        <>
          <output data-testid="value">{value.join(',')}</output>
          <PolicyViewer policy={policyEn} value={value} onValueChange={setValue} />
        </>
      );
    }
    render(<Owner />);
    await user.click(trigger('Security'));
    await user.click(trigger('Our commitment'));
    expect(screen.getByTestId('value')).toHaveTextContent('security');
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Our commitment')).toHaveAttribute('aria-expanded', 'false');
  });

  it('show all opens every section and hide all closes them', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} />);
    const toggleAll = screen.getByRole('button', { name: 'Show all sections' });
    expect(toggleAll).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggleAll);
    expect(toggleAll).toHaveAccessibleName('Hide all sections');
    expect(toggleAll).toHaveAttribute('aria-expanded', 'true');
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggleAll);
    expect(toggleAll).toHaveAccessibleName('Show all sections');
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('given headingLevel and showTitle', () => {
  it('headingLevel={3} puts the title in h2, sections in h3 and subsections in h4', () => {
    render(<PolicyViewer policy={policyEn} headingLevel={3} defaultExpanded="all" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Privacy Policy' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Security' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: /Cookies/ })).toBeInTheDocument();
  });

  it('never goes deeper than h6', () => {
    render(<PolicyViewer policy={policyEn} headingLevel={6} defaultExpanded="all" />);
    expect(screen.getByRole('heading', { level: 6, name: /Cookies/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 5, name: 'Privacy Policy' })).toBeInTheDocument();
  });

  it('showTitle={false} leaves the title to the page', () => {
    render(<PolicyViewer policy={policyEn} showTitle={false} />);
    expect(screen.queryByRole('heading', { name: 'Privacy Policy' })).not.toBeInTheDocument();
  });
});

describe('given variant="document"', () => {
  it('shows every section open, without toggles, with the table of contents', () => {
    render(<PolicyViewer policy={policyEn} variant="document" />);
    expect(screen.getByRole('heading', { level: 2, name: 'Security' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Security' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show all sections' })).not.toBeInTheDocument();
    expect(screen.getByText('We never sell your personal data.')).toBeVisible();
    expect(document.querySelectorAll('[hidden]')).toHaveLength(0);
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
  });
});

describe('given the table of contents', () => {
  it('links to every section, nested ones too', () => {
    render(<PolicyViewer policy={policyEn} />);
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(toc).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#commitment',
      '#data-we-collect',
      '#cookies',
      '#security',
      '#contact-us',
    ]);
  });

  it('following a link opens the section and the sections around it', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} />);
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    await user.click(within(toc).getByRole('link', { name: 'Cookies' }));
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Data we collect')).toHaveAttribute('aria-expanded', 'true');
  });

  it('toc={false} leaves it out', () => {
    render(<PolicyViewer policy={policyEn} toc={false} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});

describe('given every block type', () => {
  beforeEach(() => {
    render(<PolicyViewer policy={policyEn} defaultExpanded="all" />);
  });

  it('renders paragraphs with strong and em text', () => {
    expect(screen.getByText('personal data', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByText('plainly', { selector: 'em' })).toBeInTheDocument();
  });

  it('opens web links in a new tab safely and says so', () => {
    // jsdom's name computation drops the space before the hidden note; Chromium keeps it.
    const link = screen.getByRole('link', { name: /^terms ?\(opens in a new tab\)$/ });
    expect(link).toHaveAttribute('href', 'https://example.com/terms');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('keeps section and e-mail links in the page', () => {
    const section = screen.getByRole('link', { name: 'cookies' });
    expect(section).toHaveAttribute('href', '#cookies');
    expect(section).not.toHaveAttribute('target');
    const mail = within(sectionOf('contact-us')).getAllByRole('link', {
      name: 'privacy@demo.example',
    });
    expect(mail.map((link) => link.getAttribute('href'))).toEqual([
      'mailto:privacy@demo.example',
      'mailto:privacy@demo.example',
    ]);
  });

  it('names a list by its title and keeps ordered lists ordered', () => {
    const list = screen.getByRole('list', { name: 'Account information' });
    expect(list.tagName).toBe('UL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const ordered = screen.getByText('First we ask').closest('ol');
    expect(ordered).not.toBeNull();
  });

  it('labels callouts with their tone in words, and the title when it says more', () => {
    const notes = screen.getAllByRole('note');
    expect(notes.map((note) => note.getAttribute('data-tone'))).toEqual([
      'important',
      'warning',
      'info',
    ]);
    expect(screen.getByRole('note', { name: 'Important' })).toHaveTextContent(
      'We never sell your personal data.',
    );
    expect(screen.getByRole('note', { name: 'Warning: Phishing' })).toBeInTheDocument();
    expect(screen.getByRole('note', { name: 'Note' })).toHaveTextContent('Backups are encrypted.');
  });

  it('shows the contact block with mailto:, tel: and web links and the address', () => {
    const contact = sectionOf('contact-us').querySelector('address') as HTMLElement;
    expect(within(contact).getByText('Data Protection Officer')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: '+62 21 1234 5678' })).toHaveAttribute(
      'href',
      'tel:+622112345678',
    );
    expect(within(contact).getByText('Jl. Sudirman No. 123, Jakarta')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: /demo\.example\/privacy/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
    expect(within(contact).getByText('Phone')).toBeInTheDocument();
  });
});

describe('given contact details that cannot be links', () => {
  it('shows a mangled e-mail address as text, not as a link', () => {
    const mangled: PolicyDocument = {
      ...policyEn,
      sections: [
        {
          id: 'contact',
          title: 'Contact',
          blocks: [{ type: 'contact', address: 'Jakarta', phone: 'Reception desk' }],
        },
      ],
    };
    render(<PolicyViewer policy={mangled} defaultExpanded="all" />);
    expect(screen.getByText('Reception desk').closest('a')).toBeNull();
  });
});

describe('given an invalid document', () => {
  it('shows what is wrong and where, instead of a crash, and renders no unsafe link', () => {
    const bad = {
      ...policyEn,
      sections: [
        {
          id: 'x',
          title: 'X',
          blocks: [
            {
              type: 'paragraph',
              text: [{ type: 'link', href: 'javascript:alert(1)', text: 'click' }],
            },
          ],
        },
      ],
    } as PolicyDocument;
    render(<PolicyViewer policy={bad} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This policy cannot be shown');
    expect(alert).toHaveTextContent('sections[0].blocks[0].text[0].href');
    expect(screen.queryByRole('link', { name: 'click' })).not.toBeInTheDocument();
  });

  it('says so in Indonesian for an Indonesian document', () => {
    render(<PolicyViewer policy={{ ...policyId, sections: [] }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Kebijakan ini tidak dapat ditampilkan');
  });
});

describe('given changesSince', () => {
  it('marks added and modified sections with a data attribute and a visible badge', () => {
    render(<PolicyViewer policy={policyEn} changesSince={policyEnPrevious} />);
    expect(sectionOf('security')).toHaveAttribute('data-change', 'added');
    expect(trigger(/^Security/)).toHaveAccessibleName('Security New');
    expect(sectionOf('commitment')).toHaveAttribute('data-change', 'modified');
    expect(trigger(/^Our commitment/)).toHaveAccessibleName('Our commitment Updated');
    expect(sectionOf('contact-us')).not.toHaveAttribute('data-change');
  });

  it('translates the badges', () => {
    render(
      <PolicyKitProvider locale="id-ID">
        <PolicyViewer policy={policyEn} changesSince={policyEnPrevious} />
      </PolicyKitProvider>,
    );
    expect(trigger(/^Security/)).toHaveAccessibleName('Security Baru');
    expect(trigger(/^Our commitment/)).toHaveAccessibleName('Our commitment Diperbarui');
  });
});

describe('given an Indonesian policy', () => {
  it('without a provider, strings and dates follow the document', () => {
    render(<PolicyViewer policy={policyId} />);
    expect(screen.getByText('Terakhir diperbarui')).toBeInTheDocument();
    expect(screen.getByText('12 Juni 2024')).toBeInTheDocument();
    expect(screen.getByText('(2 tahun yang lalu)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tampilkan semua bagian' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Daftar isi' })).toBeInTheDocument();
  });

  it('labels its callout "Penting" once', () => {
    render(<PolicyViewer policy={policyId} defaultExpanded="all" />);
    expect(screen.getByRole('note', { name: 'Penting' })).toBeInTheDocument();
  });

  it('with an English provider, the UI is English and the text stays Indonesian', () => {
    render(
      <PolicyKitProvider locale="en-GB">
        <PolicyViewer policy={policyId} />
      </PolicyKitProvider>,
    );
    expect(screen.getByText('Last updated')).toBeInTheDocument();
    expect(screen.getByText('12 June 2024')).toBeInTheDocument();
    expect(trigger('Keamanan')).toBeInTheDocument();
    expect(document.querySelector('.pk-PolicyViewer')).toHaveAttribute('lang', 'id-ID');
  });

  it('marks English UI text inside the Indonesian policy with lang, so it is pronounced right', () => {
    render(
      <PolicyKitProvider locale="en-GB">
        <PolicyViewer policy={policyId} changesSince={{ ...policyId, sections: [] }} />
      </PolicyKitProvider>,
    );
    expect(screen.getAllByText('New')[0]).toHaveAttribute('lang', 'en-GB');
    expect(screen.getByText('Last updated').closest('dl')).toHaveAttribute('lang', 'en-GB');
    expect(screen.getByText('Contents')).toHaveAttribute('lang', 'en-GB');
  });

  it('adds no lang attributes when the UI speaks the document language', () => {
    render(<PolicyViewer policy={policyId} changesSince={{ ...policyId, sections: [] }} />);
    expect(screen.getAllByText('Baru')[0]).not.toHaveAttribute('lang');
  });
});

describe('given translations of one policy', () => {
  it('without a provider shows the first and offers the others', () => {
    render(<PolicyViewer policy={[policyId, policyEn]} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kebijakan Privasi');
    const select = screen.getByRole('combobox', { name: 'Bahasa' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Indonesia', 'English']);
  });

  it('picks the one for the provider locale through the BCP 47 fallback', () => {
    render(
      <PolicyKitProvider locale="en-US">
        <PolicyViewer policy={[policyId, policyEn]} />
      </PolicyKitProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Privacy Policy');
  });

  it('switches language from the language switch, UI strings included', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={[policyEn, policyId]} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'id-ID');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kebijakan Privasi');
    expect(screen.getByRole('combobox', { name: 'Bahasa' })).toHaveValue('id-ID');
    expect(screen.getByText('Terakhir diperbarui')).toBeInTheDocument();
  });

  it('keeps sections open across a language switch (same ids)', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={[policyEn, policyId]} defaultValue={['security']} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'id-ID');
    expect(trigger('Keamanan')).toHaveAttribute('aria-expanded', 'true');
  });

  it('refuses documents that are not one version of one policy', () => {
    render(<PolicyViewer policy={[policyEn, { ...policyId, version: 'other' }]} />);
    expect(screen.getByRole('alert')).toHaveTextContent('version "other"');
  });
});

describe('given a host i18next instance', () => {
  const makeHost = async () => {
    const host = createInstance();
    await host.init({
      lng: 'fr',
      resources: { fr: { app: { hello: 'Bonjour' } }, en: { app: { hello: 'Hello' } } },
      ns: ['app'],
      defaultNS: 'app',
    });
    return host;
  };

  it("leaves the host's language and namespaces as they were", async () => {
    const host = await makeHost();
    render(
      <PolicyKitProvider locale="id-ID" i18n={host}>
        <PolicyViewer policy={policyEn} />
      </PolicyKitProvider>,
    );
    expect(screen.getByText('Terakhir diperbarui')).toBeInTheDocument();
    expect(host.language).toBe('fr');
    expect(host.t('hello')).toBe('Bonjour');
    expect(host.options.defaultNS).toBe('app');
    expect(host.getResourceBundle('fr', 'app')).toEqual({ hello: 'Bonjour' });
  });

  it('follows the host language when the provider sets none, re-rendering on a switch', async () => {
    const host = await makeHost();
    await host.changeLanguage('en');
    render(
      <PolicyKitProvider i18n={host}>
        <PolicyViewer policy={policyEn} />
      </PolicyKitProvider>,
    );
    expect(screen.getByText('Last updated')).toBeInTheDocument();
    await act(async () => {
      await host.changeLanguage('id');
    });
    expect(screen.getByText('Terakhir diperbarui')).toBeInTheDocument();
    expect(screen.getByText('12 Juni 2024')).toBeInTheDocument();
  });
});

describe('given search', () => {
  it('highlights matches, opens their sections and counts them', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} search />);
    await user.type(screen.getByRole('searchbox', { name: 'Search this policy' }), 'never');
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((mark) => mark.textContent)).toEqual(['never', 'never']);
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Our commitment')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('2 matches');
  });

  it('says "1 match" for one and "No matches" for none', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} search />);
    const box = screen.getByRole('searchbox');
    await user.type(box, 'backups');
    expect(screen.getByRole('status')).toHaveTextContent('1 match');
    await user.clear(box);
    await user.type(box, 'zebra');
    expect(screen.getByRole('status')).toHaveTextContent('No matches');
  });

  it('counts in Indonesian', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyId} search />);
    await user.type(screen.getByRole('searchbox', { name: 'Cari dalam kebijakan ini' }), 'data');
    expect(screen.getByRole('status')).toHaveTextContent('4 hasil ditemukan');
  });

  it('Enter steps to the next match and Shift+Enter back', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} search />);
    await user.type(screen.getByRole('searchbox'), 'never{Enter}');
    const marks = document.querySelectorAll('mark');
    expect(marks[0]).toHaveAttribute('data-current');
    expect(screen.getByRole('status')).toHaveTextContent('Match 1 of 2');
    await user.keyboard('{Enter}');
    expect(marks[1]).toHaveAttribute('data-current');
    expect(marks[0]).not.toHaveAttribute('data-current');
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByRole('status')).toHaveTextContent('Match 1 of 2');
  });

  it('highlights inside callouts and contact blocks too', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} search />);
    await user.type(screen.getByRole('searchbox'), 'sudirman');
    expect(document.querySelector('address mark')).toHaveTextContent('Sudirman');
    expect(screen.getByRole('status')).toHaveTextContent('1 match');
  });

  it('closes again what it opened when the query changes, but not what the reader opened', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} search />);
    await user.click(trigger('Contact us'));
    const box = screen.getByRole('searchbox');
    await user.type(box, 'encrypted');
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
    await user.clear(box);
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'false');
    expect(trigger('Contact us')).toHaveAttribute('aria-expanded', 'true');
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('given deep links', () => {
  it('opens the section in the URL hash at load, with its parents', () => {
    window.history.replaceState(null, '', '/#cookies');
    render(<PolicyViewer policy={policyEn} />);
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Data we collect')).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens the section a later hash change names', () => {
    render(<PolicyViewer policy={policyEn} />);
    act(() => {
      window.history.replaceState(null, '', '/#security');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
  });

  it('ignores a hash that names no section', () => {
    window.history.replaceState(null, '', '/#%E0%A4%A');
    const onValueChange = vi.fn();
    render(<PolicyViewer policy={policyEn} onValueChange={onValueChange} />);
    expect(onValueChange).not.toHaveBeenCalled();
  });

  it('puts an opened section in the hash without adding history entries', async () => {
    const user = userEvent.setup();
    const before = window.history.length;
    render(<PolicyViewer policy={policyEn} />);
    await user.click(trigger('Security'));
    expect(window.location.hash).toBe('#security');
    expect(window.history.length).toBe(before);
  });

  it('takes a closed section out of the hash again, leaving other hashes alone', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} />);
    await user.click(trigger('Security'));
    await user.click(trigger('Security'));
    expect(window.location.hash).toBe('');
    expect(window.location.href).not.toContain('#');
    await user.click(trigger('Security'));
    await user.click(trigger('Contact us'));
    await user.click(trigger('Security'));
    expect(window.location.hash).toBe('#contact-us');
  });

  it('opens the target of a link in the text', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={policyEn} defaultValue={['commitment']} />);
    await user.click(screen.getByRole('link', { name: 'cookies' }));
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('given find-in-page (beforematch)', () => {
  it('opens the section whose hidden text the browser found', () => {
    render(<PolicyViewer policy={policyEn} />);
    const cookies = screen.getByRole('button', { name: /^Cookies/, hidden: true });
    act(() => {
      contentOf(cookies).dispatchEvent(new Event('beforematch', { bubbles: true }));
    });
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
    expect(trigger('Data we collect')).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('given work still pending when the viewer unmounts or gets a new document', () => {
  // A broad query on a long policy opens its sections in slices, one task each.
  const long = generatePolicy({ sections: 120, subsectionsEvery: 0 });
  const afterPendingTasks = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('runs no search slice after unmount (the host hears nothing more)', async () => {
    const onValueChange = vi.fn();
    const { unmount } = render(
      <PolicyViewer policy={long} search toc={false} onValueChange={onValueChange} />,
    );
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'data' } });
    expect(onValueChange).toHaveBeenCalledTimes(1);
    unmount();
    await afterPendingTasks();
    expect(onValueChange).toHaveBeenCalledTimes(1);
  });

  it('runs no search slice of the old document after a new one arrives', async () => {
    const onValueChange = vi.fn();
    const { rerender } = render(
      <PolicyViewer policy={long} search toc={false} onValueChange={onValueChange} />,
    );
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'data' } });
    rerender(<PolicyViewer policy={policyEn} search toc={false} onValueChange={onValueChange} />);
    const calls = onValueChange.mock.calls.length;
    await afterPendingTasks();
    expect(onValueChange).toHaveBeenCalledTimes(calls);
  });

  it('writes no URL hash after unmount for a click just before it', async () => {
    const { unmount } = render(<PolicyViewer policy={policyEn} />);
    fireEvent.click(trigger('Security'));
    expect(trigger('Security')).toHaveAttribute('aria-expanded', 'true');
    unmount();
    await afterPendingTasks();
    expect(window.location.hash).toBe('');
  });
});

describe('given className and other attributes', () => {
  it('adds them to the root without losing its own class', () => {
    render(<PolicyViewer policy={policyEn} className="host" data-testid="viewer" />);
    const root = screen.getByTestId('viewer');
    expect(root).toHaveClass('pk-PolicyViewer', 'host');
    expect(root).toHaveAttribute('data-variant', 'accordion');
  });

  it('composes an onClick of the host with its own link handling', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<PolicyViewer policy={policyEn} onClick={onClick} defaultValue={['commitment']} />);
    await user.click(screen.getByRole('link', { name: 'cookies' }));
    expect(onClick).toHaveBeenCalled();
    expect(trigger(/^Cookies/)).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('given keyboard use (jsdom: focus moves; layout is tested in Chromium)', () => {
  it('ArrowDown, ArrowUp, Home and End move between visible section buttons', () => {
    render(<PolicyViewer policy={policyEn} />);
    const first = trigger('Our commitment');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(trigger('Data we collect')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    // Cookies is inside the collapsed "Data we collect": skipped.
    expect(trigger('Security')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(trigger('Contact us')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(first).toHaveFocus();
    fireEvent.keyDown(first, { key: 'ArrowUp' });
    expect(trigger('Contact us')).toHaveFocus();
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(first).toHaveFocus();
  });
});

describe('given a production build, where documents are not validated before rendering', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('still renders an unsafe link as plain text', () => {
    const unsafe = {
      ...policyEn,
      sections: [
        {
          id: 'x',
          title: 'X',
          blocks: [
            {
              type: 'paragraph',
              text: ['See ', { type: 'link', href: 'javascript:alert(1)', text: 'this' }, '.'],
            },
          ],
        },
      ],
    } as PolicyDocument;
    render(<PolicyViewer policy={unsafe} defaultExpanded="all" />);
    expect(screen.getByText(/See this/)).toBeInTheDocument();
    expect(document.querySelector('a[href^="javascript"]')).toBeNull();
    expect(screen.queryByRole('link', { name: 'this' })).not.toBeInTheDocument();
  });

  it('shows an error instead of breaking the page when the document cannot be rendered', () => {
    const broken = {
      ...policyEn,
      sections: [{ id: 'x', title: 'X' }],
    } as unknown as PolicyDocument;
    render(
      <main>
        <h1>Host page</h1>
        <PolicyViewer policy={broken} />
      </main>,
    );
    expect(screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This policy cannot be shown');
    expect(console.error).toHaveBeenCalled();
  });
});
