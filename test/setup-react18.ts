// Runs first in the react18 projects, inside the test's own module graph: a test that silently
// ran on the root's React 19 (an alias that stopped matching) fails here instead.
import { version as domVersion } from 'react-dom';
import { version } from 'react';

for (const [name, actual] of [
  ['react', version],
  ['react-dom', domVersion],
] as const) {
  if (!actual.startsWith('18.')) {
    throw new Error(
      `The react18 project runs ${name} ${actual}. Check test/react18/vitest-aliases.mjs.`,
    );
  }
}
