import { createRef } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { ErrorSummary } from './error-summary';
import { FailureNotice } from './failure-notice';
import { Heading } from '../shared/heading';

// The form moves focus to these elements. They come back through props of their own
// (headingRef, rootRef), not `ref`: React 18 does not pass `ref` to a function component as
// a prop, so a `ref` prop would stay null there and every focus move would silently do nothing.

const t = ((key: string) => key) as PolicyKitT;

describe('given the elements the form moves focus to', () => {
  it('hands the heading element to headingRef', () => {
    const ref = createRef<HTMLHeadingElement>();
    render(
      <Heading level={3} headingRef={ref} focusable>
        Permintaan terkirim
      </Heading>,
    );
    expect(ref.current).toBe(screen.getByRole('heading', { level: 3 }));
    expect(ref.current).toHaveAttribute('tabindex', '-1');
  });

  it('hands the error summary root to rootRef', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <ErrorSummary
        rootRef={ref}
        title="There is a problem"
        items={[{ message: 'Enter your name', targetId: 'name' }]}
        headingLevel={2}
      />,
    );
    expect(ref.current).toHaveClass('pk-RightsRequestForm-errorSummary');
    expect(ref.current).toHaveAttribute('tabindex', '-1');
  });

  it('hands the failure notice root to rootRef', () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <FailureNotice
        rootRef={ref}
        failure={{ stage: 'delivery', error: new Error('offline'), retryable: true }}
        online
        onRetry={() => {}}
        contact={undefined}
        headingLevel={2}
        t={t}
      />,
    );
    expect(ref.current).toHaveClass('pk-RightsRequestForm-failure');
    expect(ref.current).toHaveAttribute('tabindex', '-1');
  });
});

describe('given a heading level', () => {
  it.each([
    [1, 'H2'],
    [2, 'H2'],
    [4, 'H4'],
    [6, 'H6'],
    [9, 'H6'],
    [Number.NaN, 'H2'],
  ])(
    'renders level %s as %s: the form never outranks the page <h1> nor invents <h7>',
    (level, tag) => {
      render(<Heading level={level}>Title</Heading>);
      expect(screen.getByRole('heading').tagName).toBe(tag);
    },
  );
});
