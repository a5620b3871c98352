import { contactLinks, type ContactDetails as Contact } from '@policykit/sdk';
import type { ReactNode } from 'react';
import { Heading } from './heading';

export interface ContactDetailsProps {
  contact: Contact;
  headingLevel: number;
  labels: { title: string; email: string; phone: string; address: string; url: string };
}

function linked(href: string | undefined, text: string): ReactNode {
  return href ? <a href={href}>{text}</a> : text;
}

/**
 * The policy's contact, as the way to reach a person when the form cannot: e-mail and
 * phone as `mailto:`/`tel:` links, a web address as a link. Which details may be links is
 * the SDK's call (`contactLinks`): the seed CTT page's mangled `[email protected]` stays text.
 */
export function ContactDetails({ contact, headingLevel, labels }: ContactDetailsProps) {
  const { title, email, phone, address, url } = contact;
  if (!email && !phone && !address && !url) return null;
  const links = contactLinks(contact);
  const rows: { key: string; label: string; value: ReactNode }[] = [];
  if (email) rows.push({ key: 'email', label: labels.email, value: linked(links.email, email) });
  if (phone) rows.push({ key: 'phone', label: labels.phone, value: linked(links.phone, phone) });
  if (address) rows.push({ key: 'address', label: labels.address, value: address });
  if (url) rows.push({ key: 'url', label: labels.url, value: linked(links.url, url) });
  return (
    <div className="pk-RightsRequestForm-contact">
      <Heading level={headingLevel} className="pk-RightsRequestForm-contactTitle">
        {title || labels.title}
      </Heading>
      <address>
        <dl className="pk-RightsRequestForm-contactList">
          {rows.map((row) => (
            <div key={row.key}>
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      </address>
    </div>
  );
}
