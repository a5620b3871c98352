import type { Ref, ReactNode } from 'react';

/**
 * Heading levels the form's own headings can take; the host knows its outline, the form does not.
 *
 * @example
 * <RightsRequestForm policy={policy} client={client} headingLevel={3} />
 */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** An `<h2>`…`<h6>` (a deeper level than 6 stays an `<h6>`). */
export function Heading({
  level,
  children,
  className,
  id,
  ref,
  focusable = false,
}: {
  level: number;
  children: ReactNode;
  className?: string;
  id?: string;
  ref?: Ref<HTMLHeadingElement>;
  /** `tabIndex={-1}`: focus is moved here by script (receipt, failure), never by Tab. */
  focusable?: boolean;
}) {
  const Tag = `h${Math.min(Math.max(level, 2), 6)}` as 'h2';
  return (
    <Tag className={className} id={id} ref={ref} tabIndex={focusable ? -1 : undefined}>
      {children}
    </Tag>
  );
}
