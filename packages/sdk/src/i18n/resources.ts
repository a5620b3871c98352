import { commonStrings as common } from './strings-common';
import { dialogStrings as dialog } from './strings-dialog';
import { lintStrings as lint } from './strings-lint';
import { rightsStrings as rights } from './strings-rights';
import { rightsErrorsStrings as rightsErrors } from './strings-rights-errors';
import { rightsInboxStrings as inbox } from './strings-rights-inbox';
import { rightsStatusStrings as rightsStatus } from './strings-rights-status';
import { viewerStrings as viewer } from './strings-viewer';

/** The i18next namespace every PolicyKit string lives in; a host's own namespaces are never touched. */
export const I18N_NAMESPACE = 'policykit';

/** UI languages PolicyKit ships strings for. */
export const UI_LANGUAGES = ['en', 'id'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * One area of PolicyKit's UI strings as a slice of the `policykit` namespace in every
 * UI language, e.g. `{ en: { viewer: {…} }, id: { viewer: {…} } }`: ready to deep-merge
 * into an i18next namespace with `addResourceBundle(language, 'policykit', area[language], true)`.
 */
export type PolicyKitStringArea<Area extends string = string, En = unknown, Id = unknown> = {
  readonly en: { readonly [K in Area]: En };
  readonly id: { readonly [K in Area]: Id };
};

type AreaOf<
  Area extends string,
  Strings extends { en: unknown; id: unknown },
> = PolicyKitStringArea<Area, Strings['en'], Strings['id']>;

// Each area's English and Indonesian strings live side by side in its own `strings-*.ts`
// file; here they become slices of the namespace. Built by a call marked pure, because a
// bundler keeps an object literal that reads a property (`viewer.en`) even when nothing uses
// it: the PolicyKit bundle is one file, so without the mark every component would carry the
// strings of every other one.
function area<Area extends string, Strings extends { en: unknown; id: unknown }>(
  name: Area,
  strings: Strings,
): AreaOf<Area, Strings> {
  return { en: { [name]: strings.en }, id: { [name]: strings.id } } as AreaOf<Area, Strings>;
}

/**
 * The rights' titles every component may show (`common.rights.<id>`), in en and id.
 *
 * @example
 * i18n.addResourceBundle('id', 'policykit', commonStrings.id, true);
 */
export const commonStrings = /* @__PURE__ */ area('common', common);
/**
 * `<PolicyViewer>`'s strings (`viewer.*`), in en and id.
 *
 * @example
 * usePolicyKitTranslation(policy.locale, [viewerStrings]);
 */
export const viewerStrings = /* @__PURE__ */ area('viewer', viewer);
/**
 * `<RightsRequestForm>`'s strings (`rights.*`), in en and id.
 *
 * @example
 * usePolicyKitTranslation(policy.locale, [commonStrings, rightsStrings, rightsErrorsStrings]);
 */
export const rightsStrings = /* @__PURE__ */ area('rights', rights);
/**
 * The sentences for each rights-request field issue (`rightsErrors.<field>.<code>`), in en and id.
 *
 * @example
 * t(`rightsErrors.${issue.field}.${issue.code}`, issue.params);
 */
export const rightsErrorsStrings = /* @__PURE__ */ area('rightsErrors', rightsErrors);
/**
 * A request after its receipt (`rightsStatus.*`): status and event labels, rejection reasons,
 * the status page's and the receipt's status-link strings, in en and id.
 *
 * @example
 * t(`rightsStatus.statuses.${status}`); // 'Sedang diproses'
 */
export const rightsStatusStrings = /* @__PURE__ */ area('rightsStatus', rightsStatus);
/**
 * `<RightsRequestInbox>`'s strings (`inbox.*`): the DPO's table, filters, detail pane and
 * moves, in en and id.
 *
 * @example
 * usePolicyKitTranslation(undefined, [commonStrings, rightsInboxStrings]);
 */
export const rightsInboxStrings = /* @__PURE__ */ area('inbox', inbox);
/**
 * `<PolicyUpdatedDialog>`'s strings (`dialog.*`), in en and id.
 *
 * @example
 * usePolicyKitTranslation(policy.locale, [dialogStrings]);
 */
export const dialogStrings = /* @__PURE__ */ area('dialog', dialog);
/**
 * `lintPolicy`'s findings and the notice contents they name (`lint.*`), in en and id.
 *
 * @example
 * lintStrings.id.lint.contents.retention; // 'jangka waktu retensi data pribadi'
 */
export const lintStrings = /* @__PURE__ */ area('lint', lint);

/**
 * Every area at once, as i18next resources: `{ en: { policykit: … }, id: { policykit: … } }`.
 * The same keys in both languages (plural suffixes aside), checked by a test. A component
 * needs only its own areas (`viewerStrings`, …); this whole set is for hosts that load
 * everything up front.
 *
 * @example
 * i18next.init({ resources, ns: ['policykit'], lng: 'id' });
 */
export const resources = /* @__PURE__ */ (() =>
  ({
    en: {
      policykit: {
        ...commonStrings.en,
        ...viewerStrings.en,
        ...rightsStrings.en,
        ...rightsErrorsStrings.en,
        ...rightsStatusStrings.en,
        ...rightsInboxStrings.en,
        ...dialogStrings.en,
        ...lintStrings.en,
      },
    },
    id: {
      policykit: {
        ...commonStrings.id,
        ...viewerStrings.id,
        ...rightsStrings.id,
        ...rightsErrorsStrings.id,
        ...rightsStatusStrings.id,
        ...rightsInboxStrings.id,
        ...dialogStrings.id,
        ...lintStrings.id,
      },
    },
  }) as const)();

export type PolicyKitStrings = (typeof resources)['en']['policykit'];

type Join<K extends string, P extends string> = P extends '' ? K : `${K}.${P}`;
type StripPlural<K extends string> =
  K extends `${infer Base}_${'one' | 'other' | 'zero' | 'two' | 'few' | 'many'}` ? Base : K;
type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? StripPlural<K> : Join<K, Leaves<T[K]>>;
}[keyof T & string];

/** Every translation key in the `policykit` namespace, e.g. `common.rights.access`. */
export type PolicyKitKey = Leaves<PolicyKitStrings>;
