// The Node half of bench/viewer.bench.ts: server rendering, bundled by esbuild as production
// code (React, Radix and i18next stay packages Node loads, as on a server).
import { renderToString } from 'react-dom/server';
import { documents, render, type Candidate } from './candidates';

/** Milliseconds for one `renderToString` of `candidate` on `doc`. */
export function renderTime(candidate: Candidate, doc: string): number {
  const element = render[candidate](documents[doc]!);
  const start = performance.now();
  renderToString(element);
  return performance.now() - start;
}

/** The HTML itself, to check that every word made it in. */
export function html(candidate: Candidate, doc: string): string {
  return renderToString(render[candidate](documents[doc]!));
}

export { documents };
