/**
 * The matrix every visual-regression screenshot is taken in, and the frame a host would put
 * around PolicyKit: a provider with the UI locale, and a wrapper (never `<html>`) carrying the
 * brand class and `data-theme`. Portals render into that wrapper (`portalContainer`), so the
 * dialog is themed exactly as a host's would be.
 *
 * Everything that makes two runs of the same code paint differently is pinned here:
 * - fonts: `Liberation Sans` (Debian's fonts-liberation, a dependency of the `chromium`
 *   package, so CI's image has it), DejaVu as the fallback; the brands' own families are not
 *   installed on CI, and a fallback chosen by fontconfig would differ between machines;
 * - animations, transitions and the text caret are off (test/visual/visual.css);
 * - the viewport is set per test (phone 390 × 844, desktop 1280 × 800), at device scale 1.
 */
import { useState, type ReactNode } from 'react';
import { page } from 'vitest/browser';
import { PolicyKitProvider } from '@policykit/react';
import '../../packages/react/src/styles.css';
import '../../stories/brands.css';
import './visual.css';

export const BRANDS = [
  { name: 'ctt', className: 'brand-ctt' },
  { name: 'btn', className: 'brand-btn-cx' },
] as const;
export const LOCALES = ['id', 'en'] as const;
export const SCHEMES = ['light', 'dark'] as const;
export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

export type VisualBrand = (typeof BRANDS)[number];
export type VisualLocale = (typeof LOCALES)[number];
export type VisualScheme = (typeof SCHEMES)[number];
export type VisualViewport = (typeof VIEWPORTS)[number];

export interface VisualCase {
  brand: VisualBrand;
  locale: VisualLocale;
  scheme: VisualScheme;
  viewport: VisualViewport;
  /** The baseline's file name: `<brand>-<locale>-<scheme>-<viewport>`. */
  name: string;
}

/** Every combination, in a stable order (the baselines' names come from it). */
export const VISUAL_CASES: readonly VisualCase[] = BRANDS.flatMap((brand) =>
  LOCALES.flatMap((locale) =>
    SCHEMES.flatMap((scheme) =>
      VIEWPORTS.map((viewport) => ({
        brand,
        locale,
        scheme,
        viewport,
        name: `${brand.name}-${locale}-${scheme}-${viewport.name}`,
      })),
    ),
  ),
);

/**
 * The tolerance. pixelmatch's per-pixel colour `threshold` is 0.03 (its default, 0.1, let a
 * one-shade accent change, #00695c → #00796b, pass unseen); anti-aliased edge pixels are not
 * counted (`includeAA: false`); then at most 0.05 % of the pixels may differ — about 160 px of
 * a phone shot, 500 of a desktop one: a glyph's worth of noise. A 2 px padding change moves
 * every line below it and a token colour change repaints whole buttons: thousands of pixels.
 * test/visual/tolerance.visual.test.tsx proves both fail and the unchanged render passes.
 */
export const SCREENSHOT_OPTIONS = {
  // Two identical shots in a row, then the comparison: Vitest's default 5 s ran out on a loaded
  // 2-core CI machine ("Could not capture a stable screenshot") for 3 of 64 cases; the project
  // allows 60 s per test.
  timeout: 30_000,
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.03, includeAA: false, allowedMismatchedPixelRatio: 0.0005 },
} as const;

export async function setViewport(viewport: VisualViewport) {
  await page.viewport(viewport.width, viewport.height);
}

export function uiLocale(locale: VisualLocale) {
  return locale === 'id' ? 'id-ID' : 'en';
}

export interface VisualFrameProps {
  visual: VisualCase;
  children: ReactNode;
  /** Cut the frame at one screen's height: the first screen of a long page. */
  firstScreen?: boolean;
}

/** The host page around one screenshot; `data-testid="visual-frame"` is what is captured. */
export function VisualFrame({ visual, children, firstScreen = false }: VisualFrameProps) {
  const [portal, setPortal] = useState<HTMLElement | null>(null);
  return (
    <PolicyKitProvider locale={uiLocale(visual.locale)} portalContainer={portal}>
      <div
        ref={setPortal}
        data-testid="visual-frame"
        className={`visual-frame ${visual.brand.className}`}
        data-theme={visual.scheme}
        lang={uiLocale(visual.locale)}
        style={{
          width: visual.viewport.width,
          ...(firstScreen ? { height: visual.viewport.height, overflow: 'hidden' } : {}),
        }}
      >
        {children}
      </div>
    </PolicyKitProvider>
  );
}
