/**
 * Fills `{{name}}` placeholders the way i18next does for these strings, so the SDK can give a
 * finding's message in both languages without an i18next instance. A missing value is left as
 * the placeholder, so a mistake shows instead of vanishing.
 */
export function formatLintMessage(template: string, values: Readonly<Record<string, string>>) {
  return template.replace(/{{\s*(\w+)\s*}}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : placeholder,
  );
}
