// UI strings in English and Indonesian, one i18next namespace.
export {
  I18N_NAMESPACE,
  UI_LANGUAGES,
  commonStrings,
  dialogStrings,
  lintStrings,
  resources,
  rightsErrorsStrings,
  rightsInboxStrings,
  rightsStatusStrings,
  rightsStrings,
  viewerStrings,
} from './resources';
export type { PolicyKitKey, PolicyKitStringArea, PolicyKitStrings, UiLanguage } from './resources';
export { uiLanguageFor } from './ui-language';
