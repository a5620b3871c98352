import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { importMarkdown } from '@policykit/sdk/markdown';
import { PolicyPlayground } from './support/policy-playground';
import { SAMPLE_MARKDOWN, markdownSamples } from './support/sample-markdown';

const samples = markdownSamples();
const firstSample = samples[0]?.markdown ?? SAMPLE_MARKDOWN;

const meta = {
  title: 'Policy playground',
  component: PolicyPlayground,
  parameters: {
    docs: {
      description: {
        component:
          'Paste a policy written in the PolicyKit Markdown dialect (see the Introduction) and see it in ' +
          '`<PolicyViewer>`. Problems are listed with their source line; while the text has problems the ' +
          'preview keeps the last valid version, and the text area always keeps what you typed.',
      },
    },
  },
  argTypes: {
    initialMarkdown: {
      control: { type: 'select' },
      options: samples.map((sample) => sample.name),
      mapping: Object.fromEntries(samples.map((sample) => [sample.name, sample.markdown])),
    },
    variant: { control: { type: 'inline-radio' }, options: ['accordion', 'document'] },
  },
  args: { initialMarkdown: firstSample, variant: 'accordion', search: true },
} satisfies Meta<typeof PolicyPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

const BROKEN_SECTION =
  '\n\n## Playground check {#playground-check}\nWrite [to us](javascript:alert(1)).\n';

export const Playground: Story = {
  play: async ({ args, canvas, userEvent, step }) => {
    const title = importMarkdown(args.initialMarkdown).title;
    const editor = canvas.getByRole<HTMLTextAreaElement>('textbox', { name: 'Policy Markdown' });
    await expect(canvas.getByRole('heading', { name: title })).toBeVisible();

    await step('paste a section with a forbidden link', async () => {
      editor.focus();
      editor.setSelectionRange(editor.value.length, editor.value.length);
      await userEvent.paste(BROKEN_SECTION);
      const problems = await canvas.findByRole('list', { name: 'Problems in the Markdown' });
      const brokenLine = (args.initialMarkdown + BROKEN_SECTION).split('\n').length - 1;
      await expect(problems).toHaveTextContent(`Line ${brokenLine}`);
      await expect(problems).toHaveTextContent(/javascript/);
      await expect(canvas.getByText(/The preview shows the last valid version/)).toBeVisible();
    });

    await step('the text is kept and the last valid policy is still shown', async () => {
      await expect(editor).toHaveValue(args.initialMarkdown + BROKEN_SECTION);
      await expect(editor).toHaveAttribute('aria-invalid', 'true');
      await expect(canvas.getByRole('heading', { name: title })).toBeVisible();
    });

    await step('fixing the link renders the new section', async () => {
      editor.setSelectionRange(editor.value.indexOf('javascript:'), editor.value.indexOf(')).'));
      await userEvent.paste('mailto:privacy@example.com');
      await waitFor(() =>
        expect(canvas.queryByRole('list', { name: 'Problems in the Markdown' })).toBeNull(),
      );
      await expect(editor).toHaveAttribute('aria-invalid', 'false');
      await expect(await canvas.findByRole('button', { name: /Playground check/ })).toBeVisible();
    });
  },
};

export const DocumentVariant: Story = { args: { variant: 'document', search: false } };

/** A first paste that never imported cleanly: only the problems are shown. */
export const InvalidFromTheStart: Story = {
  args: {
    initialMarkdown: SAMPLE_MARKDOWN.replace(
      '](https://example.com/cookies)',
      '](javascript:void(0))',
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Nothing valid to preview yet/)).toBeVisible();
    await expect(canvas.getByRole('list', { name: 'Problems in the Markdown' })).toHaveTextContent(
      /Line \d+/,
    );
  },
};
