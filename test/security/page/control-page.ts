/**
 * The positive control for the XSS page: it does on purpose what PolicyKit must
 * never do — put a payload into the DOM as HTML — so the spec can prove that
 * its detectors fire: the tripwire on a page without a CSP, a violation report
 * on a page with one, and the DOM checks on the planted elements.
 */
import { recorder } from './page-recorder';
import { domProblems } from './dom-checks';

export interface ControlReport {
  domProblems: string[];
}

declare global {
  interface Window {
    __pkControlReport?: ControlReport;
  }
}

const PLANTED =
  '<img src="/missing.png" onerror="__pkPwned(0)">' +
  '<a href="javascript:__pkPwned(0)">click me</a>' +
  '<iframe srcdoc="<p>framed</p>"></iframe>';

recorder.current = 'planted HTML';
const host = document.createElement('div');
document.body.append(host);
// Deliberately unsafe: this is the mistake the XSS spec exists to catch.
host.innerHTML = PLANTED;

// The broken image's error event (and with it the handler, or its CSP violation) comes later.
setTimeout(() => {
  window.__pkControlReport = { domProblems: domProblems(document.body) };
  document.documentElement.dataset.pkDone = 'true';
}, 200);
