import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PolicyViewer } from '@policykit/react';
import { richBlocksPolicy } from '../../../../../test/fixtures/rich-blocks-policy';
import { imageBlock } from './image-block';

describe('given a policy with tables, images and rich list items', () => {
  it('renders a table with its caption, column headers and row headers', () => {
    render(<PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" />);
    const table = screen.getByRole('table', { name: 'Why we use your data' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Purpose', 'Legal basis', 'Data']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Running your surveys', 'Security monitoring']);
    // A list inside a cell stays a list.
    const cell = within(table).getAllByRole('cell')[1]!;
    expect(
      within(cell)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Account', 'Survey answers']);
  });

  it('puts a wide table in a named, focusable scroll region', () => {
    render(<PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" />);
    const captioned = screen.getByRole('region', { name: 'Why we use your data' });
    expect(captioned).toHaveAttribute('tabindex', '0');
    // Without a caption the region still has a name, in the UI's language.
    expect(screen.getByRole('region', { name: 'Table' })).toContainElement(
      screen.getByRole('columnheader', { name: 'Lifetime' }),
    );
  });

  it('aligns a column as the document says', () => {
    render(<PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" />);
    expect(screen.getByRole('columnheader', { name: 'Lifetime' })).toHaveAttribute(
      'data-align',
      'end',
    );
    expect(screen.getByRole('cell', { name: '1 day' })).toHaveAttribute('data-align', 'end');
  });

  it('nests a rich list item’s paragraph and list inside its item', () => {
    render(<PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" />);
    const nested = screen.getByText('Pages you open').closest('ul')!;
    const outerItem = nested.closest('li')!;
    expect(outerItem).toHaveTextContent(/^How you use the survey platform:Pages you openAnswers/);
    expect(outerItem.parentElement!.closest('li')).toBeNull();
  });

  it('shows an image with its text alternative and its title as a caption', () => {
    render(<PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" />);
    const image = screen.getByRole('img', { name: /Survey answers flow/ });
    expect(image).toHaveAttribute('src', 'https://cx.btn.example/assets/data-flow.png');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image.closest('figure')).toHaveTextContent('How survey answers travel');
  });

  it('shows an unsafe image source’s text alternative instead of loading it', () => {
    // The viewer validates in development; an unvalidated document (production) reaches the
    // block renderer itself, which must not load `javascript:` or `data:` sources.
    for (const src of [
      'javascript:alert(1)',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'http://a.b/c.png',
    ]) {
      const { container, unmount } = render(
        <>{imageBlock({ type: 'image', src, alt: 'Survey answers flow' }, '0', undefined)}</>,
      );
      expect(container.querySelector('img')).toBeNull();
      expect(container).toHaveTextContent('Survey answers flow');
      unmount();
    }
  });

  it('breaks a line where the text says, without joining the words', () => {
    render(<PolicyViewer policy={richBlocksPolicy} defaultExpanded="all" />);
    const paragraph = screen.getByText(/Write to us at/);
    expect(paragraph.querySelector('br')).not.toBeNull();
    expect(paragraph.textContent).toBe(
      'Write to us at Menara BTN, Jl. Gajah Mada No. 1Jakarta 10130',
    );
  });

  it('puts every word of every new block in the server HTML, collapsed sections included', () => {
    const html = renderToString(<PolicyViewer policy={richBlocksPolicy} />);
    for (const text of [
      'Why we use your data',
      'Legitimate interest',
      'Answers you save as drafts',
      'btn_locale',
      'How survey answers travel',
      'Survey answers flow from your browser to BTN’s servers in Jakarta',
      'Jakarta 10130',
    ]) {
      expect(html).toContain(text.replace('’', '’'));
    }
  });

  it('highlights a search match inside a table cell and inside a nested list', async () => {
    const user = userEvent.setup();
    render(<PolicyViewer policy={richBlocksPolicy} search />);
    await user.type(screen.getByRole('searchbox'), 'drafts');
    const mark = await screen.findByText('drafts', { selector: 'mark' });
    expect(mark.closest('li')).toHaveTextContent('Answers you save as drafts');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'locale');
    const inCell = await screen.findByText('locale', { selector: 'mark' });
    expect(inCell.closest('th')).toHaveTextContent('btn_locale');
  });
});
