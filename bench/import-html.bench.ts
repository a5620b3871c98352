// HTML import cost: the real-shaped policy of bench/real-shaped-policy.ts rendered to HTML by
// markdown-it and wrapped in a page (head, navigation, footer, scripts), at about 0.5 and 1 MB
// of HTML: `importHtml` whole (parse5, main content, hast-util-to-mdast, the shared converter,
// validation), CPU time and the growth from one size to the next.
// Run: `npm run bench import-html`.
import MarkdownIt from 'markdown-it';
import { importHtml } from '../packages/sdk/src/html/index';
import { realShapedPolicy } from './real-shaped-policy';
import { report, spread, versus } from './report';

const KB = 1024;
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const render = MarkdownIt('default', { html: false });

function page(bytes: number): string {
  const markdown = realShapedPolicy(bytes).replace(/^---\n[\s\S]*?\n---\n/, '');
  return `<!doctype html><html lang="en"><head><title>Privacy</title><script>var a = 1;</script></head>
<body><nav><a href="/">Home</a> <a href="/blog">Blog</a></nav><main><h1>Privacy Policy</h1>
${render.render(markdown)}</main><footer>© Acme</footer></body></html>`;
}

function cpuSample(fn: () => void, runs: number): number[] {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return times;
}

let previous: ReturnType<typeof spread> | undefined;
for (const markdownBytes of [300 * KB, 600 * KB]) {
  const html = page(markdownBytes);
  const options = {
    metadata: { id: 'acme-privacy', version: '1', lastUpdated: '2024-06-12' },
    onWarning: () => {},
    maxLength: 8 * 1024 * KB,
  };
  const cpu = spread(cpuSample(() => importHtml(html, options), rounds));
  report({
    group: 'importHtml, real-shaped page (CPU time)',
    name: `importHtml ${Math.round(html.length / KB)} KB of HTML, CPU ms`,
    ...cpu,
    unit: 'ms',
    ...(previous ? { baseline: 'the size before (half as large)', ...versus(cpu, previous) } : {}),
  });
  previous = cpu;
}
