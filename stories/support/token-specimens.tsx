/**
 * Specimens for the Foundations/Tokens docs page (stories/tokens.mdx): each renders inside a
 * themed wrapper (brand class + data-theme, as a host sets them) and reads the tokens live, so
 * the page shows what the CSS really resolves to, per brand and scheme, not a copied table.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { brandClassName, BRANDS, type StoryBrand } from '../../.storybook/story-globals';

const RAMP = ['-1', '0', '1', '2', '3', '4'] as const;
const SPACES = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
const COLOURS = [
  'background',
  'surface',
  'text',
  'text-muted',
  'border',
  'border-strong',
  'accent',
  'accent-text',
  'focus',
  'info',
  'warning',
  'danger',
  'success',
  'mark',
] as const;

function Themed({
  brand,
  scheme = 'light',
  children,
}: {
  brand: StoryBrand;
  scheme?: 'light' | 'dark';
  children: ReactNode;
}) {
  return (
    <div
      className={['sb-pk-frame', 'sb-pk-frame--docs', brandClassName(brand) ?? ''].join(' ')}
      data-theme={scheme}
      style={{ marginBlock: '0.5rem' }}
    >
      {children}
    </div>
  );
}

/** A token's value as the browser computes it inside the wrapper (e.g. `1.35em` → `21.6px`). */
function useComputed(read: (element: HTMLElement) => string) {
  const ref = useRef<HTMLElement | null>(null);
  const [value, setValue] = useState('');
  useLayoutEffect(() => {
    if (ref.current) setValue(read(ref.current));
  }, [read]);
  return [ref, value] as const;
}

function RampStep({ step }: { step: string }) {
  const [ref, size] = useComputed((element) => getComputedStyle(element).fontSize);
  return (
    <p
      ref={(element) => {
        ref.current = element;
      }}
      style={{ fontSize: `var(--pk-font-size-${step})`, margin: '0.25rem 0', lineHeight: 1.3 }}
    >
      <code style={{ fontSize: '0.8rem' }}>--pk-font-size-{step}</code> ({size}) Kebijakan Privasi ·
      Privacy Policy
    </p>
  );
}

function SpaceStep({ step }: { step: string }) {
  const [ref, width] = useComputed((element) => getComputedStyle(element).width);
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '0.75rem', margin: '0.25rem 0' }}>
      <code style={{ minWidth: '9rem' }}>--pk-space-{step}</code>
      <span
        ref={(element) => {
          ref.current = element;
        }}
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: `var(--pk-space-${step})`,
          height: '1rem',
          background: 'var(--pk-color-accent)',
        }}
      />
      <span>{width}</span>
    </div>
  );
}

const brandTitle = (brand: StoryBrand) => BRANDS.find(({ value }) => value === brand)?.title;

/** The type ramp, steps -1…4, in each brand. */
export function TypeRamp() {
  return BRANDS.map(({ value }) => (
    <Themed key={value} brand={value}>
      <strong>{brandTitle(value)}</strong>
      {RAMP.map((step) => (
        <RampStep key={step} step={step} />
      ))}
    </Themed>
  ));
}

/** The spacing rhythm, steps 1…8, in each brand (its density). */
export function SpacingScale() {
  return BRANDS.map(({ value }) => (
    <Themed key={value} brand={value}>
      <strong>{brandTitle(value)}</strong>
      {SPACES.map((step) => (
        <SpaceStep key={step} step={step} />
      ))}
    </Themed>
  ));
}

/** The colour tokens, light and dark, in each brand; each swatch names its token. */
export function ColourSwatches() {
  return BRANDS.flatMap(({ value }) =>
    (['light', 'dark'] as const).map((scheme) => (
      <Themed key={`${value}-${scheme}`} brand={value} scheme={scheme}>
        <strong>
          {brandTitle(value)}, {scheme}
        </strong>
        <ul
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
            gap: '0.5rem',
            padding: 0,
            listStyle: 'none',
          }}
        >
          {COLOURS.map((colour) => (
            <li key={colour} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
              <span
                aria-hidden="true"
                style={{
                  width: '1.5rem',
                  height: '1.5rem',
                  borderRadius: 'var(--pk-radius-small)',
                  border: '1px solid var(--pk-color-border-strong)',
                  background: `var(--pk-color-${colour})`,
                }}
              />
              <code>{colour}</code>
            </li>
          ))}
        </ul>
      </Themed>
    )),
  );
}

/** Radius and focus ring per brand: a button drawn with the tokens, its ring always shown. */
export function ShapeAndFocus() {
  return BRANDS.map(({ value }) => (
    <Themed key={value} brand={value}>
      <strong>{brandTitle(value)}</strong>{' '}
      <span
        style={{
          display: 'inline-block',
          marginInlineStart: '1rem',
          padding: 'var(--pk-space-2) var(--pk-space-4)',
          borderRadius: 'var(--pk-radius)',
          background: 'var(--pk-color-accent)',
          color: 'var(--pk-color-accent-text)',
          outline: 'var(--pk-focus-width) solid var(--pk-color-focus)',
          outlineOffset: 'var(--pk-focus-offset)',
        }}
      >
        --pk-radius, focus ring
      </span>
    </Themed>
  ));
}
