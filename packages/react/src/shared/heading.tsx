import type { Ref, ReactNode } from 'react';
import { clampHeadingLevel } from './heading-level';

/**
 * A component's own heading (the form's, the status page's, the inbox's), `<h2>`…`<h6>`: a
 * component never outranks the page's `<h1>`, and a deeper level than 6 stays an `<h6>`.
 *
 * The element comes back through `headingRef`, not `ref`: React 18 does not pass `ref` to a
 * function component as a prop (only React 19 does), so a `ref` prop would silently stay
 * `null` there and the form's focus moves would do nothing.
 */
export function Heading({
  level,
  children,
  className,
  id,
  headingRef,
  focusable = false,
}: {
  level: number;
  children: ReactNode;
  className?: string;
  id?: string;
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** `tabIndex={-1}`: focus is moved here by script (receipt, failure), never by Tab. */
  focusable?: boolean;
}) {
  const Tag = `h${clampHeadingLevel(level, 2)}` as 'h2';
  return (
    <Tag className={className} id={id} ref={headingRef} tabIndex={focusable ? -1 : undefined}>
      {children}
    </Tag>
  );
}
