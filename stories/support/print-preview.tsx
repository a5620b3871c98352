import { useLayoutEffect, useRef, type ReactNode } from 'react';
import './print-preview.css';

/**
 * Shows its children as they print: every `@media print` rule of the page's stylesheets,
 * copied and nested under this wrapper (CSS nesting), so only what is inside it is affected
 * and a docs page with other stories stays as it is. A story cannot switch the browser to
 * print media (Storybook has no media emulation; the test browser's CDP is not reachable
 * from a story), so this is what a designer and the axe run see. The real thing is checked
 * with `page.emulateMedia({ media: 'print' })` against the static build and in
 * `policy-viewer.browser.test.tsx` (CDP `Emulation.setEmulatedMedia`).
 */
export function PrintPreview({ children }: { children: ReactNode }) {
  const style = useRef<HTMLStyleElement>(null);
  useLayoutEffect(() => {
    const rules: string[] = [];
    for (const sheet of Array.from(document.styleSheets)) {
      let list: CSSRuleList;
      try {
        list = sheet.cssRules;
      } catch {
        continue; // a cross-origin sheet cannot be read
      }
      for (const rule of Array.from(list)) {
        if (!(rule instanceof CSSMediaRule) || !/\bprint\b/.test(rule.media.mediaText)) continue;
        for (const inner of Array.from(rule.cssRules)) {
          if (inner instanceof CSSStyleRule) rules.push(inner.cssText);
        }
      }
    }
    // Written straight into the DOM: the rules come from the page, not from React state.
    style.current!.textContent = `.sb-pk-printPreview{${rules.join('\n')}}`;
    style.current!.parentElement!.dataset.printRules = 'applied';
  }, []);
  return (
    <div className="sb-pk-printPreview">
      <style ref={style} />
      {children}
    </div>
  );
}
