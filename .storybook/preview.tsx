import type { Decorator, Preview } from '@storybook/react-vite';
import '../packages/react/src/styles.css';
import '../stories/brands.css';
import './preview.css';
import { StoryFrame } from './story-frame';
import { BRANDS, DEFAULT_GLOBALS, LOCALES, SCHEMES, readStoryGlobals } from './story-globals';

const withPolicyKitFrame: Decorator = (Story, context) => (
  <StoryFrame {...readStoryGlobals(context.globals)} inDocs={context.viewMode === 'docs'}>
    <Story />
  </StoryFrame>
);

const toolbarItems = (options: readonly { value: string; title: string }[]) =>
  options.map(({ value, title }) => ({ value, title }));

const preview: Preview = {
  // Every component gets an autodocs page with its props table and story snippets.
  tags: ['autodocs'],
  decorators: [withPolicyKitFrame],
  globalTypes: {
    locale: {
      description: 'Language of the PolicyKit UI strings and dates (PolicyKitProvider locale)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: toolbarItems(LOCALES),
        dynamicTitle: true,
      },
    },
    brand: {
      description: 'Host brand theme, set purely with --pk-* tokens (stories/brands.css)',
      toolbar: {
        title: 'Brand',
        icon: 'paintbrush',
        items: toolbarItems(BRANDS),
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme (data-theme on the host root)',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: toolbarItems(SCHEMES),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ...DEFAULT_GLOBALS },
  parameters: {
    layout: 'fullscreen',
    // The frame paints the themed background; Storybook's own backgrounds would fight it.
    backgrounds: { disable: true },
    controls: {
      expanded: true,
      sort: 'requiredFirst',
      matchers: { date: /(Date|At)$/ },
    },
    // No docs table of contents: tocbot keeps listening to scroll events after a docs page
    // is left, and throws (offsetTop of null) when a story then scrolls to a deep link.
    a11y: {
      // Any axe violation fails the story, in the Storybook UI and in `npm test`.
      test: 'error',
    },
  },
};

export default preview;
