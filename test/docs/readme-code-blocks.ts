// Fenced code blocks of a Markdown file (the READMEs), for tests that run or compile them as
// written, so the documentation cannot drift from what works.

export interface CodeBlock {
  /** The info string's first word: `ts`, `tsx`, `sh`, … (empty when there is none). */
  lang: string;
  code: string;
  /** 1-based line of the opening fence, for messages that say where a block is. */
  line: number;
  /** The nearest `#`…`######` heading above the block, without its hashes. */
  heading: string;
}

/** Every fenced block (``` or ~~~, three or more), in order; unclosed ones run to the end. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(text);
    if (!fence) {
      const title = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
      if (title) heading = title[1] ?? '';
      continue;
    }
    const marker = fence[1] ?? '```';
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length; i++) {
      const inner = lines[i] ?? '';
      if (
        inner.trimStart().startsWith(marker[0]!.repeat(marker.length)) &&
        inner.trim() === inner.trim().replace(/[^`~]/g, '')
      )
        break;
      body.push(inner);
    }
    blocks.push({
      lang: (fence[2] ?? '').toLowerCase(),
      code: body.join('\n'),
      line: start + 1,
      heading,
    });
  }
  return blocks;
}

export interface CliLine {
  /** `validate`, `import`, … */
  command: string;
  /** The line for `sh -c`, its trailing `# comment` removed. */
  shell: string;
}

/** The `npx policykit …` lines of the README's "CLI" section. */
export function readmeCliLines(readme: string): CliLine[] {
  return codeBlocks(readme)
    .filter((block) => block.heading === 'CLI' && block.lang === 'sh')
    .flatMap((block) => block.code.split('\n'))
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line.startsWith('npx policykit '))
    .map((line) => ({ command: line.split(/\s+/)[2] ?? '', shell: line }));
}
