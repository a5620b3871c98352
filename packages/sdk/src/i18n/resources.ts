import { commonStrings } from './strings-common';
import { dialogStrings } from './strings-dialog';
import { rightsStrings } from './strings-rights';
import { rightsErrorsStrings } from './strings-rights-errors';
import { viewerStrings } from './strings-viewer';

/** The i18next namespace every PolicyKit string lives in; a host's own namespaces are never touched. */
export const I18N_NAMESPACE = 'policykit';

/** UI languages PolicyKit ships strings for. */
export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const en = {
  common: commonStrings.en,
  viewer: viewerStrings.en,
  rights: rightsStrings.en,
  rightsErrors: rightsErrorsStrings.en,
  dialog: dialogStrings.en,
};

const id = {
  common: commonStrings.id,
  viewer: viewerStrings.id,
  rights: rightsStrings.id,
  rightsErrors: rightsErrorsStrings.id,
  dialog: dialogStrings.id,
};

/**
 * i18next resources: `{ en: { policykit: … }, id: { policykit: … } }`.
 * The same keys in both languages (plural suffixes aside), checked by a test.
 *
 * @example
 * i18next.init({ resources, ns: ['policykit'], lng: 'id' });
 */
export const resources = {
  en: { [I18N_NAMESPACE]: en },
  id: { [I18N_NAMESPACE]: id },
} as const;

export type PolicyKitStrings = typeof en;

type Join<K extends string, P extends string> = P extends '' ? K : `${K}.${P}`;
type StripPlural<K extends string> =
  K extends `${infer Base}_${'one' | 'other' | 'zero' | 'two' | 'few' | 'many'}` ? Base : K;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<K> : Join<K, Leaves<T[K]>>;
}[keyof T & string];

/** Every translation key in the `policykit` namespace, e.g. `common.rights.access`. */
export type PolicyKitKey = Leaves<PolicyKitStrings>;
