/** UI strings of the viewer area, English and Indonesian side by side (see strings-common.ts). */
export const viewerStrings = {
  en: {},
  id: {},
} as const;
