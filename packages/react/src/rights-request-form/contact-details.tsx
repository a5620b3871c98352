import { contactLinks, type ContactDetails as Contact } from '@policykit/sdk';
import type { ReactNode } from 'react';
import type { PolicyKitT } from '../i18n/use-policykit-translation';
import { Heading } from '../shared/heading';

export interface ContactDetailsProps {
  contact: Contact;
  headingLevel: number;
  t: PolicyKitT;
}

function linked(href: string | undefined, text: string): ReactNode {
  return href ? <a href={href}>{text}</a> : text;
}

/**
 * The policy's contact, as the way to reach a person when the form cannot: e-mail and
 * phone as `mailto:`/`tel:` links, a web address as a link. Which details may be links is
 * the SDK's call (`contactLinks`): the seed CTT page's mangled `[email protected]` stays text.
 */
export function ContactDetails({ contact, headingLevel, t }: ContactDetailsProps) {
  const { title, email, phone, address, url } = contact;
  if (!email && !phone && !address && !url) return null;
  const links = contactLinks(contact);
  const rows: { key: string; label: string; value: ReactNode }[] = [];
  if (email)
    rows.push({
      key: 'email',
      label: t('rights.contact.email'),
      value: linked(links.email, email),
    });
  if (phone)
    rows.push({
      key: 'phone',
      label: t('rights.contact.phone'),
      value: linked(links.phone, phone),
    });
  if (address) rows.push({ key: 'address', label: t('rights.contact.address'), value: address });
  if (url) rows.push({ key: 'url', label: t('rights.contact.url'), value: linked(links.url, url) });
  return (
    <div className="pk-RightsRequestForm-contact">
      <Heading level={headingLevel} className="pk-RightsRequestForm-contactTitle">
        {title || t('rights.contact.title')}
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
