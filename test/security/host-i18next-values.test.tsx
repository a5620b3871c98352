import type { ReactNode } from 'react';
import { renderHook } from '@testing-library/react';
import { createInstance, type InitOptions } from 'i18next';
import { describe, expect, it } from 'vitest';
import { dialogStrings } from '@policykit/sdk';
import { PolicyKitProvider, usePolicyKitTranslation } from '@policykit/react';

/*
 * Found by the XSS corpus (xss-csp.test.ts): with a host's i18next instance at i18next's
 * defaults, document text interpolated into PolicyKit's sentences (the dialog's title, the
 * version, the review bar, the receipt's organization, a server's message) came out
 * HTML-escaped — the reader saw `&lt;` and `&#39;` — because React escapes it a second time.
 */

const TITLE = `O'Brien & <Co> / "Privacy" $t(dialog.acknowledge) {{title}}`;

async function hostInstance(interpolation?: InitOptions['interpolation']) {
  const i18n = createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: { app: { hello: 'Hello' } } },
    ...(interpolation ? { interpolation } : {}),
  });
  return i18n;
}

function translate(wrapper?: (props: { children: ReactNode }) => ReactNode) {
  const { result } = renderHook(() => usePolicyKitTranslation('en', [dialogStrings]), { wrapper });
  return result.current.t;
}

describe("given document text in PolicyKit's sentences", () => {
  it("keeps it as written with a host's i18next at its defaults (escapeValue: true)", async () => {
    const i18n = await hostInstance();
    const t = translate(({ children }) => (
      <PolicyKitProvider i18n={i18n}>{children}</PolicyKitProvider>
    ));
    expect(t('dialog.titleFirst', { title: TITLE })).toBe(`Please read our ${TITLE}`);
    expect(t('dialog.review.text', { title: TITLE })).toContain(TITLE);
  });

  it('never resolves $t(…) or {{…}} inside it, even when the host turned skipOnVariables off', async () => {
    const i18n = await hostInstance({ skipOnVariables: false });
    const t = translate(({ children }) => (
      <PolicyKitProvider i18n={i18n}>{children}</PolicyKitProvider>
    ));
    expect(t('dialog.titleFirst', { title: TITLE })).toBe(`Please read our ${TITLE}`);
  });

  it("leaves the host's instance as it was: its own strings are still escaped its way", async () => {
    const i18n = await hostInstance();
    const t = translate(({ children }) => (
      <PolicyKitProvider i18n={i18n}>{children}</PolicyKitProvider>
    ));
    t('dialog.titleFirst', { title: TITLE });
    expect(i18n.t('app:hello')).toBe('Hello');
    expect(i18n.options.interpolation?.escapeValue).not.toBe(false);
  });

  it("keeps it as written with PolicyKit's own instance (no provider)", () => {
    expect(translate()('dialog.titleFirst', { title: TITLE })).toBe(`Please read our ${TITLE}`);
  });
});
