/**
 * The XSS corpus: hostile strings a policy author, a compromised CMS or a
 * man in the middle could put into a policy document, a Markdown source or a
 * server's reply. Every payload that would run code calls the tripwire
 * `__pkPwned(id)` with its own id (never `alert`), so a test can tell which
 * one got through; payloads that only *look* like code (i18next markers,
 * scheme tricks with no call) are there to prove they stay literal text.
 *
 * Families follow the OWASP XSS filter-evasion cheat sheet and the
 * PortSwigger XSS cheat sheet: script tags, event handlers, dangerous URL
 * schemes with case, white-space, control-character, entity, percent and
 * Unicode tricks, SVG and MathML, frames, CSS, template injection, i18next
 * interpolation and nesting markers, and Markdown's own link forms.
 *
 * Every payload fits every field of a document (≤ 200 characters, the
 * `version` limit) and is never blank.
 *
 * @example
 * for (const { id, family, text } of XSS_PAYLOADS) place(text); // then check __pkPwned never ran
 */

/** Where a payload comes from in the cheat sheets; used in test names and the coverage check. */
export type XssFamily =
  | 'script-tag'
  | 'event-handler'
  | 'javascript-url'
  | 'data-url'
  | 'vbscript-url'
  | 'other-scheme'
  | 'unicode'
  | 'svg-mathml'
  | 'frame-object'
  | 'css'
  | 'template-injection'
  | 'i18next'
  | 'markdown'
  | 'breakout';

/** One hostile string. */
export interface XssPayload {
  /** 1-based, stable: the tripwire call inside is `__pkPwned(id)`. */
  readonly id: number;
  readonly family: XssFamily;
  readonly text: string;
  /** Whether the payload would call the tripwire if it ever ran (false: it only looks like code). */
  readonly calls: boolean;
}

/** The global a payload calls when it runs; the test page defines it and records the ids. */
export const TRIPWIRE = '__pkPwned';

// Placeholders in the templates below, filled per payload id. Brackets no payload uses.
const CALL = '⟦call⟧'; // __pkPwned(7)
const PARENT = '⟦parent⟧'; // parent.__pkPwned(7), from inside a frame
const PERCENT = '⟦percent⟧'; // %5F%5FpkPwned%287%29
const ENTITY = '⟦entity⟧'; // &#95;&#95;pkPwned&#40;7&#41;
const BASE64 = '⟦base64⟧'; // base64 of <script>parent.__pkPwned(7)</script>

const TEMPLATES: readonly (readonly [XssFamily, string])[] = [
  // --- script elements -------------------------------------------------------------------
  ['script-tag', `<script>${CALL}</script>`],
  ['script-tag', `<SCRIPT>${CALL}</SCRIPT>`],
  ['script-tag', `<ScRiPt >${CALL}</sCrIpT >`],
  ['script-tag', `<script src="data:text/javascript,${CALL}"></script>`],
  ['script-tag', `<script type="module">${CALL}</script>`],
  ['script-tag', `<script>setTimeout("${CALL}")</script>`],
  ['script-tag', `<scr<script>ipt>${CALL}</scr</script>ipt>`],
  ['script-tag', `"><script>${CALL}</script>`],
  ['script-tag', `'><script>${CALL}</script>`],
  ['script-tag', `</script><script>${CALL}</script>`],
  ['script-tag', `<script\n>${CALL}</script\n>`],
  ['script-tag', `<svg><script href="data:,${CALL}" /></svg>`],
  ['script-tag', `<template><script>${CALL}</script></template>`],
  ['script-tag', `<noscript><p title="</noscript><img src=x onerror=${CALL}>">`],
  // --- event-handler attributes ------------------------------------------------------------
  ['event-handler', `<img src=x onerror=${CALL}>`],
  ['event-handler', `<img src="x" onerror="${CALL}">`],
  ['event-handler', `<IMG SRC=x ONERROR=${CALL}>`],
  ['event-handler', `<img/src=x/onerror=${CALL}>`],
  ['event-handler', `<img src=x\nonerror=${CALL}>`],
  ['event-handler', `<img src=x\tonerror\t=\t${CALL}>`],
  ['event-handler', `<img src=x onerror=eval(atob('${BASE64}'))>`],
  ['event-handler', `<body onload=${CALL}>`],
  ['event-handler', `<svg onload=${CALL}>`],
  ['event-handler', `<svg/onload=${CALL}//`],
  ['event-handler', `<div onmouseover="${CALL}">hover me</div>`],
  ['event-handler', `<input autofocus onfocus=${CALL}>`],
  ['event-handler', `<select autofocus onfocus=${CALL}></select>`],
  ['event-handler', `<textarea autofocus onfocus=${CALL}></textarea>`],
  ['event-handler', `<details open ontoggle=${CALL}>`],
  ['event-handler', `<video><source onerror=${CALL}></video>`],
  ['event-handler', `<audio src=x onerror=${CALL}>`],
  ['event-handler', `<marquee onstart=${CALL}>scroll</marquee>`],
  ['event-handler', `<a onclick="${CALL}">click me</a>`],
  ['event-handler', `<xss id=x tabindex=1 onfocusin=${CALL}></xss>`],
  ['event-handler', `<style onload=${CALL}></style>`],
  ['event-handler', `<x contenteditable onblur=${CALL}>lose focus</x>`],
  ['event-handler', `<img src=x onerror=&#95;&#95;pkPwned&#40;⟦id⟧&#41;>`],
  // --- javascript: URLs ---------------------------------------------------------------------
  ['javascript-url', `javascript:${CALL}`],
  ['javascript-url', `JavaScript:${CALL}`],
  ['javascript-url', `JAVASCRIPT:${CALL}`],
  ['javascript-url', ` javascript:${CALL}`],
  ['javascript-url', `\tjavascript:${CALL}`],
  ['javascript-url', `\u0001javascript:${CALL}`],
  ['javascript-url', `java\tscript:${CALL}`],
  ['javascript-url', `java\nscript:${CALL}`],
  ['javascript-url', `java\rscript:${CALL}`],
  ['javascript-url', `javascript\t:${CALL}`],
  ['javascript-url', `jav&#x09;ascript:${CALL}`],
  ['javascript-url', `&#106;avascript:${CALL}`],
  ['javascript-url', `&#x6A;&#x61;&#x76;&#x61;script:${CALL}`],
  ['javascript-url', `&#0000106&#0000097vascript:${CALL}`],
  ['javascript-url', `javascript&colon;${CALL}`],
  ['javascript-url', `javascript&#58;${ENTITY}`],
  ['javascript-url', `javascript:${PERCENT}`],
  ['javascript-url', `%6Aavascript:${CALL}`],
  ['javascript-url', `javascript://%0A${CALL}`],
  ['javascript-url', `javascript://example.com/%0a${CALL}`],
  ['javascript-url', `javascript:/*https://example.com*/${CALL}`],
  ['javascript-url', `javascript:void(${CALL})`],
  ['javascript-url', `<a href="javascript:${CALL}">click me</a>`],
  ['javascript-url', `<a href="&#x6A;avascript:${CALL}">click me</a>`],
  ['javascript-url', `https://example.com/"onclick="${CALL}"`],
  ['javascript-url', `https://example.com/#"><img src=x onerror=${CALL}>`],
  // --- data: URLs ---------------------------------------------------------------------------
  ['data-url', `data:text/html,<script>${PARENT}</script>`],
  ['data-url', `data:text/html;base64,${BASE64}`],
  ['data-url', `DATA:text/html,<script>${PARENT}</script>`],
  ['data-url', ` data:text/html,<script>${PARENT}</script>`],
  ['data-url', `da\tta:text/html,<script>${PARENT}</script>`],
  ['data-url', `data:image/svg+xml,<svg onload=${PARENT}>`],
  ['data-url', `data:application/javascript,${CALL}`],
  ['data-url', `data:,${CALL}`],
  // --- vbscript: and other schemes ------------------------------------------------------------
  ['vbscript-url', `vbscript:${CALL}`],
  ['vbscript-url', `VBScript:${CALL}`],
  ['vbscript-url', ` vbscript:${CALL}`],
  ['vbscript-url', `vbs\tcript:${CALL}`],
  ['other-scheme', 'file:///etc/passwd'],
  ['other-scheme', 'blob:https://example.com/0f6b0d4c-5d2c-4a55-9e5a-8d0b5d6f2a11'],
  ['other-scheme', '//evil.example/steal'],
  ['other-scheme', '\\\\evil.example\\steal'],
  ['other-scheme', `#"><img src=x onerror=${CALL}>`],
  ['other-scheme', `mailto:privacy@example.com?body=<script>${CALL}</script>`],
  ['other-scheme', `tel:+1<svg/onload=${CALL}>`],
  ['other-scheme', `https:javascript:${CALL}`],
  // --- Unicode tricks -----------------------------------------------------------------------
  ['unicode', `ｊａｖａｓｃｒｉｐｔ：${CALL}`],
  ['unicode', `＜script＞${CALL}＜/script＞`],
  ['unicode', `jav\u200Bascript:${CALL}`],
  ['unicode', `\u200Bjavascript:${CALL}`],
  ['unicode', `\uFEFFjavascript:${CALL}`],
  ['unicode', `\u202Ejavascript:${CALL}`],
  ['unicode', `harmless\u202Egnp.exe<img src=x onerror=${CALL}>`],
  ['unicode', `\u202D\u2066<script>${CALL}</script>\u2069\u202C`],
  ['unicode', `<scr\u200Dipt>${CALL}</scr\u200Dipt>`],
  ['unicode', `<img src=x onerror=${CALL}\u2028>`],
  ['unicode', `line\u2028separator\u2029<script>${CALL}</script>`],
  ['unicode', `\u0000<script>${CALL}</script>`],
  ['unicode', `\uD800<script>${CALL}</script>\uDFFF`],
  ['unicode', `https://ехаmple.com/<script>${CALL}</script>`],
  ['unicode', `java\u0301script:${CALL}`],
  // --- SVG and MathML -----------------------------------------------------------------------
  ['svg-mathml', `<svg><script>${CALL}</script></svg>`],
  ['svg-mathml', `<svg><animate onbegin=${CALL} attributeName=x dur=1s>`],
  ['svg-mathml', `<svg><a xlink:href="javascript:${CALL}"><text x=20 y=20>XSS</text></a></svg>`],
  ['svg-mathml', `<svg><set attributeName=onmouseover to=${CALL}>`],
  [
    'svg-mathml',
    `<svg><foreignObject><iframe srcdoc="<script>${PARENT}</script>"></iframe></foreignObject></svg>`,
  ],
  ['svg-mathml', `<math><mtext><table><mglyph><style><img src=x onerror=${CALL}>`],
  ['svg-mathml', `<math href="javascript:${CALL}">click me</math>`],
  ['svg-mathml', `<svg><image href=x onerror=${CALL} /></svg>`],
  // --- frames, objects, forms, meta -------------------------------------------------------------
  ['frame-object', `<iframe srcdoc="<script>${PARENT}</script>"></iframe>`],
  ['frame-object', `<iframe srcdoc="&lt;script&gt;${PARENT}&lt;/script&gt;"></iframe>`],
  ['frame-object', `<iframe src="javascript:${PARENT}"></iframe>`],
  ['frame-object', `<iframe onload=${CALL}></iframe>`],
  ['frame-object', `<object data="javascript:${CALL}"></object>`],
  ['frame-object', `<embed src="javascript:${CALL}">`],
  ['frame-object', `<form action="javascript:${CALL}"><button>go</button></form>`],
  ['frame-object', `<button formaction="javascript:${CALL}">go</button>`],
  ['frame-object', `<meta http-equiv="refresh" content="0;url=javascript:${CALL}">`],
  ['frame-object', `<base href="javascript:${CALL}//">`],
  ['frame-object', `<link rel="stylesheet" href="javascript:${CALL}">`],
  // --- CSS --------------------------------------------------------------------------------------
  ['css', `<div style="width: expression(${CALL})">wide</div>`],
  ['css', `<div style="background:url(javascript:${CALL})">bg</div>`],
  ['css', `<style>@import 'javascript:${CALL}';</style>`],
  ['css', `<style>body{background:url("javascript:${CALL}")}</style>`],
  ['css', `</style><script>${CALL}</script>`],
  ['css', `x" style="behavior:url(#default#time2)" onbegin="${CALL}`],
  ['css', `expression(${CALL})`],
  ['css', `url(javascript:${CALL})`],
  ['css', `-moz-binding:url("data:text/xml,<x onload=${CALL}>")`],
  // --- template injection -------------------------------------------------------------------------
  ['template-injection', `{{constructor.constructor('${CALL}')()}}`],
  ['template-injection', `{{$on.constructor('${CALL}')()}}`],
  ['template-injection', `{{{constructor.constructor('${CALL}')()}}}`],
  ['template-injection', `\${${CALL}}`],
  ['template-injection', `\`\${${CALL}}\``],
  ['template-injection', `#{${CALL}}`],
  ['template-injection', `<%= ${CALL} %>`],
  ['template-injection', `{{= ${CALL}}}`],
  ['template-injection', `[[\${${CALL}}]]`],
  ['template-injection', `@{${CALL}}`],
  ['template-injection', `{% raw %}{{${CALL}}}{% endraw %}`],
  ['template-injection', `{{7*7}}\${7*7}<%= 7*7 %>`],
  // --- i18next interpolation and nesting markers --------------------------------------------------
  ['i18next', '{{title}}'],
  ['i18next', '{{name}}'],
  ['i18next', '{{- title}}'],
  ['i18next', '{{title, uppercase}}'],
  ['i18next', '{{count}} {{date}} {{organization}} {{email}} {{message}}'],
  ['i18next', '$t(dialog.acknowledge)'],
  ['i18next', '$t(policykit:viewer.showAll)'],
  ['i18next', '$t(viewer.search.results, {"count": 2})'],
  ['i18next', `$t(dialog.titleFirst, {"title": "<img src=x onerror=${CALL}>"})`],
  ['i18next', `{{title}}<script>${CALL}</script>`],
  // --- Markdown-specific ---------------------------------------------------------------------------
  ['markdown', `[click me](javascript:${CALL})`],
  ['markdown', `[click me](JAVASCRIPT:${CALL})`],
  ['markdown', `[click me](<javascript:${CALL}>)`],
  ['markdown', `[click me](java&#115;cript:${CALL})`],
  ['markdown', `[click me](javascript&#58;${CALL})`],
  ['markdown', `[click me](vbscript:${CALL})`],
  ['markdown', `[click me](data:text/html;base64,${BASE64})`],
  ['markdown', `<javascript:${CALL}>`],
  ['markdown', `<data:text/html,<script>${PARENT}</script>>`],
  ['markdown', `[click me][evil]\n\n[evil]: javascript:${CALL}`],
  ['markdown', `![image](javascript:${CALL})`],
  ['markdown', `![x](x" onerror="${CALL})`],
  ['markdown', `[a](https://example.com "title\\" onmouseover=\\"${CALL}")`],
  ['markdown', `[x](#"onmouseover="${CALL})`],
  ['markdown', `<https://example.com/"onmouseover="${CALL}">`],
  ['markdown', `<div onclick="${CALL}">raw HTML block</div>`],
  ['markdown', `<!-- --><script>${CALL}</script>`],
  ['markdown', `\`<script>${CALL}</script>\``],
  ['markdown', `\`\`\`html\n<script>${CALL}</script>\n\`\`\``],
  ['markdown', `&lt;script&gt;${CALL}&lt;/script&gt;`],
  ['markdown', `**<img src=x onerror=${CALL}>**`],
  // --- breaking out of strings and elements ----------------------------------------------------------
  ['breakout', `';${CALL};//`],
  ['breakout', `";${CALL};//`],
  ['breakout', `</textarea><script>${CALL}</script>`],
  ['breakout', `</title><script>${CALL}</script>`],
  ['breakout', `<!--<img src="--><img src=x onerror=${CALL}//">`],
  ['breakout', `]]><script>${CALL}</script>`],
  ['breakout', `\\u003cscript\\u003e${CALL}\\u003c/script\\u003e`],
  ['breakout', '__proto__'],
  ['breakout', 'constructor'],
];

function percentEncode(text: string): string {
  return [...text].map((char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`).join('');
}

function entityEncode(text: string): string {
  return [...text].map((char) => `&#${char.charCodeAt(0)};`).join('');
}

function fill(template: string, id: number): string {
  const call = `${TRIPWIRE}(${id})`;
  return template
    .replaceAll(CALL, call)
    .replaceAll(PARENT, `parent.${call}`)
    .replaceAll(PERCENT, percentEncode(call))
    .replaceAll(ENTITY, entityEncode(call))
    .replaceAll(BASE64, btoa(`<script>parent.${call}</script>`))
    .replaceAll('⟦id⟧', String(id));
}

const PLACEHOLDERS = [CALL, PARENT, PERCENT, ENTITY, BASE64, '⟦id⟧'];

/** The corpus, in a fixed order (ids are positions, from 1). */
export const XSS_PAYLOADS: readonly XssPayload[] = TEMPLATES.map(([family, template], index) => ({
  id: index + 1,
  family,
  text: fill(template, index + 1),
  calls: PLACEHOLDERS.some((placeholder) => template.includes(placeholder)),
}));
