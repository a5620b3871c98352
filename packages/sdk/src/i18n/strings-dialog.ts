/** UI strings of the dialog area, English and Indonesian side by side (see strings-common.ts). */
export const dialogStrings = {
  en: {},
  id: {},
} as const;
