/**
 * The phone the issues name (390 × 844, an iPhone 12–15), as a Storybook viewport: a story sets
 * `parameters: PHONE_VIEWPORT_PARAMETERS, globals: { viewport: PHONE_VIEWPORT }`. Storybook's
 * toolbar resizes the preview to it, and the vitest projects resize the test browser to it
 * before the story renders (addon-vitest reads the same parameter and global). A preview
 * opened on its own (iframe.html, as the static-build check does) is not resized, so phone
 * stories also render inside `PHONE_CONTENT_WIDTH`: what a 390 px screen leaves inside the
 * story frame's 1.5rem gutters, at any window size.
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

/** 390 px less the story frame's padding (1.5rem each side). */
export const PHONE_CONTENT_WIDTH = '342px';
