import type { i18n as I18n } from 'i18next';
import { I18N_NAMESPACE, UI_LANGUAGES, type PolicyKitStringArea } from '@policykit/sdk';

/** The areas already added to each instance (a host's or PolicyKit's own). */
const added = new WeakMap<I18n, Set<PolicyKitStringArea>>();

/**
 * Adds PolicyKit's string areas (`viewerStrings`, …) to the `policykit` namespace of
 * `i18n`, in every UI language, once per instance. A deep merge that never overwrites:
 * a key a host has already set (to reword one string, say) stays the host's, and the
 * host's language and other namespaces are never touched. Silent (no `added` event),
 * so a host whose react-i18next re-renders on store changes is not asked to update
 * in the middle of PolicyKit's render.
 *
 * @example
 * addStringAreas(hostI18n, [viewerStrings]);
 * hostI18n.getFixedT('id', 'policykit')('viewer.showAll'); // 'Tampilkan semua bagian'
 */
export function addStringAreas(i18n: I18n, areas: readonly PolicyKitStringArea[]): void {
  let done = added.get(i18n);
  for (const area of areas) {
    if (done?.has(area)) continue;
    for (const language of UI_LANGUAGES) {
      i18n.addResourceBundle(language, I18N_NAMESPACE, area[language], true, false, {
        silent: true,
      });
    }
    if (!done) added.set(i18n, (done = new Set()));
    done.add(area);
  }
}
