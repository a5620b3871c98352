// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import preview from '../../.storybook/preview';
import * as playgroundStories from '../../stories/policy-playground.stories';
import * as dialogStories from '../../stories/policy-updated-dialog.stories';
import * as viewerStories from '../../stories/policy-viewer.stories';
import * as formStories from '../../stories/rights-request-form.stories';

/*
 * The server half of stories-hydration.browser.test.tsx: every story rendered to a string in
 * Node, where there is no window, document or storage — as in a Next.js or Remix server. A
 * component that reaches for a browser global while rendering throws here.
 *
 * Only the stories' own setup (`beforeEach`: clearing session storage and the URL hash) is
 * browser code; it runs against throwaway stand-ins that are gone again before rendering.
 */

setProjectAnnotations([preview]);

type ComposedStory = ComponentType & { load(): Promise<void> };

const storyFiles: Record<string, Record<string, ComposedStory>> = {
  'policy-viewer': composeStories(viewerStories) as Record<string, ComposedStory>,
  'rights-request-form': composeStories(formStories) as Record<string, ComposedStory>,
  'policy-updated-dialog': composeStories(dialogStories) as Record<string, ComposedStory>,
  'policy-playground': composeStories(playgroundStories) as Record<string, ComposedStory>,
};

const stories = Object.entries(storyFiles).flatMap(([file, composed]) =>
  Object.entries(composed).map(([name, Story]) => ({ file, name, Story })),
);

/** Runs the story's loaders and `beforeEach` with stand-ins for the browser APIs they use. */
async function loadStory(Story: ComposedStory) {
  const data = new Map<string, string>();
  const sessionStorage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
  const window = {
    history: { replaceState: () => {} },
    location: { pathname: '/', search: '' },
  };
  const globals = globalThis as Record<string, unknown>;
  globals.window = window;
  globals.sessionStorage = sessionStorage;
  try {
    await Story.load();
  } finally {
    delete globals.window;
    delete globals.sessionStorage;
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(stories)('given the story $file › $name on a server', ({ Story }) => {
  it('renders to HTML without browser globals, errors or warnings', async () => {
    await loadStory(Story);
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const consoleError = vi.spyOn(console, 'error');
    const consoleWarn = vi.spyOn(console, 'warn');
    const html = renderToString(<Story />);
    expect(html).toMatch(/^<[a-z]/);
    expect(consoleError.mock.calls).toEqual([]);
    expect(consoleWarn.mock.calls).toEqual([]);
  });
});
