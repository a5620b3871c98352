/** UI strings of the rights area, English and Indonesian side by side (see strings-common.ts). */
export const rightsStrings = {
  en: {},
  id: {},
} as const;
