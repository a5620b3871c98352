import { localeDisplayName } from '@policykit/sdk';

export interface LanguageSwitchProps {
  locales: readonly string[];
  value: string;
  onChange(locale: string): void;
  label: string;
  id: string;
}

/**
 * Chooses among a policy's translations. Each language is named in itself
 * ("Indonesia", "English") and marked with `lang`, because the reader looks
 * for the one they can read.
 */
export function LanguageSwitch({ locales, value, onChange, label, id }: LanguageSwitchProps) {
  const detailed = new Set(locales.map((l) => l.split('-')[0])).size < locales.length;
  return (
    <div className="pk-PolicyViewer-language">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="pk-PolicyViewer-select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeDisplayName(locale, { detailed })}
          </option>
        ))}
      </select>
    </div>
  );
}
