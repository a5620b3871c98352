import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import preview from '../../.storybook/preview';
import * as playgroundStories from '../../stories/policy-playground.stories';
import * as dialogStories from '../../stories/policy-updated-dialog.stories';
import * as viewerStories from '../../stories/policy-viewer.stories';
import * as formStories from '../../stories/rights-request-form.stories';
import { serverRenderedContainer } from './server-html';

/*
 * Every story, as a server would send it and a browser would take it over: the story (with
 * its args, globals, loaders, beforeEach and the project's decorators: the PolicyKitProvider
 * frame) rendered to a string, put into the page, then hydrated with the same element.
 * No mismatch, no console error or warning, and the server's DOM is kept, not replaced.
 * `play` functions are not run here (the storybook project runs them).
 */

setProjectAnnotations([preview]);

type ComposedStory = ComponentType & { load(): Promise<void>; storyName: string };

const storyFiles: Record<string, Record<string, ComposedStory>> = {
  'policy-viewer': composeStories(viewerStories) as Record<string, ComposedStory>,
  'rights-request-form': composeStories(formStories) as Record<string, ComposedStory>,
  'policy-updated-dialog': composeStories(dialogStories) as Record<string, ComposedStory>,
  'policy-playground': composeStories(playgroundStories) as Record<string, ComposedStory>,
};

const stories = Object.entries(storyFiles).flatMap(([file, composed]) =>
  Object.entries(composed).map(([name, Story]) => ({ file, name, Story })),
);

// A real page, not a test renderer: React must not expect act() around what hydration schedules.
const actEnvironment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
const wasActEnvironment = actEnvironment.IS_REACT_ACT_ENVIRONMENT;
beforeAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  actEnvironment.IS_REACT_ACT_ENVIRONMENT = wasActEnvironment;
});

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  container?.remove();
  root = undefined;
  container = undefined;
  vi.restoreAllMocks();
});

/** The prefix of the dialog stories' `onError` log (stories/policy-updated-dialog.stories.tsx). */
const STORE_LOG_PREFIX = '[acknowledgement store]';

/** Two frames and the timers after them: effects, the post-hydration render, storage reads. */
const settle = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
  );

describe('given every story in stories/*.stories.tsx', () => {
  it('finds the stories of all four files', () => {
    for (const composed of Object.values(storyFiles))
      expect(Object.keys(composed).length).toBeGreaterThan(0);
    expect(stories.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(stories)('when $file › $name is server-rendered and hydrated', ({ Story }) => {
    it('hydrates the server HTML as it is: no mismatch, no console error or warning', async () => {
      await Story.load();
      const html = renderToString(<Story />);
      expect(html).not.toBe('');

      container = serverRenderedContainer(html);
      // The viewer's section headings hold their title as text until the script runs and then
      // as a button (progressive enhancement, issue 16): the render after hydration replaces
      // exactly those heading contents. Every other server element must be kept.
      const enhancedAway = new Set(
        container.querySelectorAll(
          '.pk-PolicyViewer[data-variant="accordion"] .pk-PolicyViewer-heading *',
        ),
      );
      const serverNodes = [...container.querySelectorAll('*')].filter(
        (node) => !enhancedAway.has(node),
      );
      expect(serverNodes.length).toBeGreaterThan(0);

      const consoleError = vi.spyOn(console, 'error');
      const consoleWarn = vi.spyOn(console, 'warn');
      const recoverable: unknown[] = [];
      const uncaught: unknown[] = [];
      root = hydrateRoot(container, <Story />, {
        onRecoverableError: (error) => recoverable.push(error),
        onUncaughtError: (error) => uncaught.push(error),
      });
      await settle();

      expect(recoverable.map(String)).toEqual([]);
      expect(uncaught.map(String)).toEqual([]);
      expect(consoleError.mock.calls.map((args) => args.map(String).join(' '))).toEqual([]);
      // The dialog stories' store logs what a broken storage did (the StorageBroken story's
      // point); that log is the story's own `onError`, not a component or hydration warning.
      const warnings = consoleWarn.mock.calls.filter(([first]) => first !== STORE_LOG_PREFIX);
      expect(warnings.map((args) => args.map(String).join(' '))).toEqual([]);
      // Hydration adopted the server's elements; a client re-render would have replaced them.
      expect(serverNodes.filter((node) => !node.isConnected)).toEqual([]);
    });
  });
});

describe('given a component that renders differently on the server (the control)', () => {
  function Clock({ on }: { on: 'server' | 'client' }) {
    return <p>rendered on the {on}</p>;
  }

  it('reports the mismatch and replaces the server DOM — what the story specs above rule out', async () => {
    container = serverRenderedContainer(renderToString(<Clock on="server" />));
    const serverNodes = [...container.querySelectorAll('*')];
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const recoverable: unknown[] = [];
    root = hydrateRoot(container, <Clock on="client" />, {
      onRecoverableError: (error) => recoverable.push(error),
    });
    await settle();
    expect(recoverable.length + consoleError.mock.calls.length).toBeGreaterThan(0);
    expect(serverNodes.filter((node) => !node.isConnected).length).toBeGreaterThan(0);
  });
});
