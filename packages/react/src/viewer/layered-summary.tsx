import { memo, useMemo, type MouseEvent } from 'react';
import { layeredSummary, type PolicyDocument } from '@policykit/sdk';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { clampHeadingLevel, type HeadingLevel } from '../shared/heading-level';

export interface LayeredSummaryProps {
  document: PolicyDocument;
  t: PolicyKitT;
  /** The sections' heading level: the summary's heading takes it, each layer's the next. */
  headingLevel: HeadingLevel;
  /** `lang` of the UI strings when the UI language differs from the document's. */
  lang: string | undefined;
  labelId: string;
}

/**
 * The "layered notice" (`<PolicyViewer summary>`): one screen of what we collect, why, who
 * receives it, how long, your rights and how to reach us, each linking to the sections tagged
 * for it (`layeredSummary` in the SDK decides; this only renders). The links are plain
 * `#section-id` anchors, the same path as the table of contents: without JavaScript they jump,
 * with it the viewer opens the section first and focus moves to its heading, so Tab continues
 * from what the person went to read. A layer no section is tagged for says so, rather than
 * claiming the policy is silent.
 */
export const LayeredSummary = /* @__PURE__ */ memo(function LayeredSummary({
  document: doc,
  t,
  headingLevel,
  lang,
  labelId,
}: LayeredSummaryProps) {
  const summary = useMemo(() => layeredSummary(doc), [doc]);
  if (!summary.tagged) return null;
  const Heading = `h${headingLevel}` as const;
  const LayerHeading = `h${clampHeadingLevel(headingLevel + 1)}` as const;
  return (
    <section className="pk-PolicyViewer-layeredSummary" aria-labelledby={labelId}>
      <Heading className="pk-PolicyViewer-layeredSummaryTitle" id={labelId} lang={lang}>
        {t('viewer.summary.heading')}
      </Heading>
      <p className="pk-PolicyViewer-layeredSummaryIntro" lang={lang}>
        {t('viewer.summary.intro')}
      </p>
      <ul className="pk-PolicyViewer-layers">
        {summary.layers.map((layer) => (
          <li key={layer.id} className="pk-PolicyViewer-layer" data-layer={layer.id}>
            <LayerHeading className="pk-PolicyViewer-layerTitle" lang={lang}>
              {t(`viewer.summary.layers.${layer.id}`)}
            </LayerHeading>
            {layer.links.length > 0 ? (
              <ul className="pk-PolicyViewer-layerLinks">
                {layer.links.map((link) => (
                  <li key={link.sectionId}>
                    <a
                      className="pk-PolicyViewer-link"
                      href={`#${link.sectionId}`}
                      onClick={(event) => focusAfterJump(event, link.sectionId)}
                    >
                      {link.title}
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="pk-PolicyViewer-layerNone" lang={lang}>
                {t('viewer.summary.none')}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
});

/**
 * After the browser's own jump (the link's default action, which runs after this handler and
 * the viewer's, which opens the section), focus the section's heading button — or the
 * section itself in the document variant, as a skip link does.
 */
function focusAfterJump(event: MouseEvent<HTMLAnchorElement>, sectionId: string) {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
    return;
  setTimeout(() => {
    const section = window.document.getElementById(sectionId);
    if (!section) return;
    const trigger = section.querySelector<HTMLElement>(':scope > * > .pk-PolicyViewer-trigger');
    if (trigger) {
      trigger.focus();
      return;
    }
    if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1');
    section.focus();
  }, 0);
}
