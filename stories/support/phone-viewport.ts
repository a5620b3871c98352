/**
 * The phone the issues name (390 × 844, an iPhone 12–15), as a Storybook viewport: a story sets
 * `parameters: PHONE_VIEWPORT_PARAMETERS, globals: { viewport: PHONE_VIEWPORT }`. Storybook's
 * toolbar resizes the preview to it, and the vitest projects resize the test browser to it
 * before the story renders (addon-vitest reads the same parameter and global), so a `play`
 * function measures layout at phone width in both.
 */
export const PHONE_VIEWPORT_PARAMETERS = {
  viewport: {
    options: {
      phone390: {
        name: 'Phone (390 × 844)',
        styles: { width: '390px', height: '844px' },
        type: 'mobile',
      },
    },
  },
} as const;

export const PHONE_VIEWPORT = { value: 'phone390', isRotated: false } as const;
