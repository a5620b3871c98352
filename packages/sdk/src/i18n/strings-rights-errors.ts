/** UI strings of the rightsErrors area, English and Indonesian side by side (see strings-common.ts). */
export const rightsErrorsStrings = {
  en: {},
  id: {},
} as const;
