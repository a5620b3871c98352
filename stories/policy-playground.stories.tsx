import type { Meta, StoryObj } from '@storybook/react-vite';
import { PolicyPlayground } from './support/policy-playground';
import { SAMPLE_MARKDOWN, markdownSamples } from './support/sample-markdown';

const samples = markdownSamples();

const meta = {
  title: 'Policy playground',
  component: PolicyPlayground,
  parameters: {
    docs: {
      description: {
        component:
          'Paste a policy written in the PolicyKit Markdown dialect and see it in `<PolicyViewer>`. ' +
          'Problems are listed with their source line; the preview keeps the last valid version while you type.',
      },
    },
  },
  argTypes: {
    initialMarkdown: { control: { type: 'text' } },
    variant: { control: { type: 'inline-radio' }, options: ['accordion', 'document'] },
  },
  args: { initialMarkdown: samples[0]?.markdown ?? SAMPLE_MARKDOWN, variant: 'accordion' },
} satisfies Meta<typeof PolicyPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const DocumentVariant: Story = { args: { variant: 'document' } };
