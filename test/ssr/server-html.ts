/**
 * A container holding server-rendered `html` the way a browser holds it after a page load:
 * parsed by `DOMParser` (inert — nothing in it runs) and moved into a fresh `<div>` attached to
 * the document, ready for `hydrateRoot`. The markup is React's own `renderToString` output; this
 * is the one place tests put markup into the page, and policy text never reaches it as HTML.
 */
export function serverRenderedContainer(html: string): HTMLDivElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const container = document.createElement('div');
  container.append(...parsed.body.childNodes);
  document.body.append(container);
  return container;
}
