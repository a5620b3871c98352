/**
 * A field's error message. The visually hidden prefix ("Error:") makes a screen reader say
 * what it is when it reads the field's description (GOV.UK error message pattern).
 */
export function InlineError({
  id,
  message,
  prefix,
}: {
  id: string;
  message: string;
  prefix: string;
}) {
  return (
    <p className="pk-RightsRequestForm-error" id={id}>
      <span className="pk-RightsRequestForm-visuallyHidden">{prefix}</span> {message}
    </p>
  );
}
