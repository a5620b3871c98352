// Setup of the Node and jsdom projects. Testing Library (and React DOM with it) is loaded only
// where there is a DOM: most files run in Node and never render.
import { afterEach } from 'vitest';

if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
}
