// Every component takes a policy or a set of its translations (issue 16): the form and the
// dialog pick one the way <PolicyViewer> does, through the SDK's selectTranslation.
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAcknowledgementStore,
  createRightsRequestClient,
  TranslationSetError,
  type PolicyDocument,
} from '@policykit/sdk';
import { PolicyKitProvider, PolicyUpdatedDialog, RightsRequestForm } from '@policykit/react';
import { cttEn, cttEnPrevious, cttId, cttIdPrevious } from '../../../../test/fixtures/policies';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';
import { scriptedTransport } from '../../../../stories/support/scripted-transport';

const client = createRightsRequestClient({
  transport: scriptedTransport({ kind: 'success' }).transport,
});

function storeThatSaw(doc: PolicyDocument) {
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(doc);
  return store;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('<RightsRequestForm policy={[cttId, cttEn]}>', () => {
  it('without a provider, shows the first translation (the UI follows the document)', () => {
    render(<RightsRequestForm policy={[cttId, cttEn]} client={client} />);
    expect(screen.getByRole('group', { name: 'Apa yang ingin Anda lakukan?' })).toBeInTheDocument();
  });

  it("with the provider's locale en-GB, shows the English translation", () => {
    render(
      <PolicyKitProvider locale="en-GB">
        <RightsRequestForm policy={[cttId, cttEn]} client={client} />
      </PolicyKitProvider>,
    );
    expect(screen.getByRole('group', { name: 'What would you like to do?' })).toBeInTheDocument();
  });

  it('with an empty set, throws the SDK’s TranslationSetError (nothing to show)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<RightsRequestForm policy={[]} client={client} />)).toThrow(
      TranslationSetError,
    );
  });
});

describe('<PolicyUpdatedDialog policy={[…]} previous={[…]}>', () => {
  it('in Indonesian, titles the dialog and lists the changes from the Indonesian translations', async () => {
    render(
      <PolicyKitProvider locale="id-ID">
        <PolicyUpdatedDialog
          policy={[cttEn, cttId]}
          previous={[cttEnPrevious, cttIdPrevious]}
          store={storeThatSaw(cttIdPrevious)}
        />
      </PolicyKitProvider>,
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName(expect.stringContaining(cttId.title));
    // The Indonesian section titles: the previous version was taken in the same language.
    expect(within(dialog).getByRole('link', { name: 'Transfer Data Internasional' })).toBeVisible();
  });

  it('in English, the English translations', async () => {
    render(
      <PolicyKitProvider locale="en">
        <PolicyUpdatedDialog
          policy={[cttId, cttEn]}
          previous={[cttIdPrevious, cttEnPrevious]}
          store={storeThatSaw(cttIdPrevious)}
        />
      </PolicyKitProvider>,
    );
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveAccessibleName(expect.stringContaining(cttEn.title));
    const titles = within(dialog)
      .getAllByRole('link')
      .map((link) => link.textContent);
    const english = new Set(
      cttEn.sections.flatMap(function ids(s): string[] {
        return [s.title, ...(s.sections ?? []).flatMap(ids)];
      }),
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(english).toContain(title);
  });

  it('given documents that are not one policy’s translations, logs the SDK error naming the offender and carries on', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <PolicyUpdatedDialog
        policy={[cttId, cttEnPrevious]}
        store={createAcknowledgementStore({ storage: memoryStorage() })}
      />,
    );
    expect(await screen.findByRole('alertdialog')).toHaveAccessibleName(
      expect.stringContaining(cttId.title),
    );
    const logged = error.mock.calls.map(([first]) => first as unknown);
    const setError = logged.find((value) => value instanceof TranslationSetError);
    expect(setError).toBeInstanceOf(TranslationSetError);
    expect((setError as TranslationSetError).issues).toEqual([
      expect.objectContaining({ index: 1, locale: cttEnPrevious.locale }),
    ]);
  });
});
