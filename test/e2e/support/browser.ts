import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../../scripts/chromium-path.mjs';

/** The system Chromium (browsers cannot be downloaded here), driven by playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/**
 * Collects console errors and uncaught page errors. `expected` names the console errors
 * a test provokes on purpose (e.g. a refused connection while the server is down).
 */
export function watchPageErrors(page: Page, expected: (text: string, url: string) => boolean) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    if (!expected(message.text(), url)) errors.push(`console.error: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core's WCAG 2.x A/AA violations on the page once its animations have finished, as
 * `rule: target` strings. Evaluated through the DevTools protocol, so the page's strict CSP
 * stays as served.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // Colours mid-transition (a dialog fading in) are not the colours anyone reads.
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
    );
  });
}
