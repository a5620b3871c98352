// Theming reaches the dialog's portal (issue 16). The modal renders in a portal under <body>,
// so tokens a host sets on its brand wrapper (README: `.my-brand { --pk-… }`) missed it: CTT's
// teal page got PolicyKit's default-blue "Saya mengerti". Real Chromium, real CSS: the seed
// brands of stories/brands.css, made only of tokens.
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, within } from '@testing-library/react';
import { createAcknowledgementStore, type PolicyDocument } from '@policykit/sdk';
import { PolicyKitProvider, PolicyUpdatedDialog } from '@policykit/react';
import { cttId, cttIdPrevious } from '../../../../test/fixtures/policies';
import { memoryStorage } from '../../../../test/fixtures/memory-storage';
import '../styles.css';
import '../../../../stories/brands.css';

function storeThatSaw(doc: PolicyDocument) {
  const store = createAcknowledgementStore({ storage: memoryStorage() });
  store.acknowledge(doc);
  return store;
}

/** A colour token's computed value inside `host`: what an element there would paint with it. */
function tokenIn(
  host: Element,
  token: string,
  property: 'backgroundColor' | 'color' = 'backgroundColor',
) {
  const probe = document.createElement('div');
  if (property === 'color') probe.style.color = `var(${token})`;
  else probe.style.background = `var(${token})`;
  host.append(probe);
  const value = getComputedStyle(probe)[property];
  probe.remove();
  return value;
}

async function openDialog() {
  const dialog = await screen.findByRole('alertdialog');
  return {
    dialog,
    acknowledge: within(dialog).getByRole('button', { name: 'Saya mengerti' }),
  };
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('a brand class on a wrapper only (not on <html> or <body>)', () => {
  it('without a provider setting, the portal misses the brand (the defect, kept visible)', async () => {
    render(
      <div className="brand-ctt" data-testid="brand">
        <PolicyUpdatedDialog
          policy={cttId}
          previous={cttIdPrevious}
          store={storeThatSaw(cttIdPrevious)}
        />
      </div>,
    );
    const { acknowledge } = await openDialog();
    const brand = screen.getByTestId('brand');
    // The wrapper really has CTT's teal, and the portal really is outside it.
    expect(tokenIn(brand, '--pk-color-accent')).toBe('rgb(0, 105, 92)');
    expect(brand.contains(acknowledge)).toBe(false);
    expect(getComputedStyle(acknowledge).backgroundColor).not.toBe('rgb(0, 105, 92)');
  });

  it('<PolicyKitProvider portalClassName="brand-ctt">: the button paints the brand accent', async () => {
    render(
      <PolicyKitProvider locale="id-ID" portalClassName="brand-ctt">
        <div className="brand-ctt" data-testid="brand">
          <PolicyUpdatedDialog
            policy={cttId}
            previous={cttIdPrevious}
            store={storeThatSaw(cttIdPrevious)}
          />
        </div>
      </PolicyKitProvider>,
    );
    const { dialog, acknowledge } = await openDialog();
    const brand = screen.getByTestId('brand');
    expect(getComputedStyle(acknowledge).backgroundColor).toBe(tokenIn(brand, '--pk-color-accent'));
    expect(getComputedStyle(acknowledge).color).toBe(
      tokenIn(brand, '--pk-color-accent-text', 'color'),
    );
    // The brand's shape tokens too, not only its colours.
    expect(getComputedStyle(dialog).borderTopLeftRadius).toBe('12px'); // --pk-radius: 0.75rem
  });

  it("the brand's whole token set reaches the portal: type ramp, spacing rhythm, radius and focus ring", async () => {
    render(
      <PolicyKitProvider locale="id-ID" portalClassName="brand-btn-cx">
        <div className="brand-btn-cx">
          <PolicyUpdatedDialog
            policy={cttId}
            previous={cttIdPrevious}
            store={storeThatSaw(cttIdPrevious)}
          />
        </div>
      </PolicyKitProvider>,
    );
    const { dialog, acknowledge } = await openDialog();
    const title = within(dialog).getByRole('heading', { level: 2 });
    // BTN CX's ramp: step 2 is 1.1875em of 16 px (PolicyKit's default is 1.25em, 20 px).
    expect(getComputedStyle(title).fontSize).toBe('19px');
    // BTN's density: --pk-space-4 is 0.875rem, the dialog pads 1.5 steps (21 px; default 24 px).
    expect(getComputedStyle(dialog).paddingTop).toBe('21px');
    expect(getComputedStyle(title).marginBottom).toBe('6px'); // --pk-space-2: 0.375rem
    expect(getComputedStyle(dialog).borderTopLeftRadius).toBe('4px'); // --pk-radius: 0.25rem
    // BTN's focus style: a 2 px orange ring 1 px off the control (default 3 px, 2 px off).
    acknowledge.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Tab}');
    expect(acknowledge).toHaveFocus();
    const focused = getComputedStyle(acknowledge);
    expect(focused.outlineWidth).toBe('2px');
    expect(focused.outlineOffset).toBe('1px');
    expect(focused.outlineColor).toBe('rgb(179, 86, 0)'); // --pk-color-focus: #b35600
  });

  it('<PolicyKitProvider portalContainer>: the dialog renders inside the themed wrapper, dark scheme included', async () => {
    function Host() {
      const [container, setContainer] = useState<HTMLElement | null>(null);
      return (
        <div className="brand-ctt" data-theme="dark" data-testid="brand">
          <PolicyKitProvider locale="id-ID" portalContainer={container}>
            <PolicyUpdatedDialog
              policy={cttId}
              previous={cttIdPrevious}
              store={storeThatSaw(cttIdPrevious)}
            />
          </PolicyKitProvider>
          <div ref={setContainer} />
        </div>
      );
    }
    render(<Host />);
    const { dialog, acknowledge } = await openDialog();
    const brand = screen.getByTestId('brand');
    expect(brand.contains(dialog)).toBe(true);
    expect(getComputedStyle(acknowledge).backgroundColor).toBe(tokenIn(brand, '--pk-color-accent'));
    // CTT's dark background (#0f1a19), from `.brand-ctt[data-theme='dark']` on the wrapper.
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(15, 26, 25)');
  });

  it('<PolicyUpdatedDialog container>: the same, per dialog', async () => {
    function Host() {
      const [container, setContainer] = useState<HTMLElement | null>(null);
      return (
        <div className="brand-ctt" data-testid="brand" ref={setContainer}>
          <PolicyUpdatedDialog
            policy={cttId}
            previous={cttIdPrevious}
            store={storeThatSaw(cttIdPrevious)}
            container={container}
          />
        </div>
      );
    }
    render(<Host />);
    const { dialog, acknowledge } = await openDialog();
    const brand = screen.getByTestId('brand');
    expect(brand.contains(dialog)).toBe(true);
    expect(getComputedStyle(acknowledge).backgroundColor).toBe('rgb(0, 105, 92)');
  });
});
