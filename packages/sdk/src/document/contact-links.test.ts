import { describe, expect, it } from 'vitest';
import { contactLinks } from './contact-links';

describe('contactLinks', () => {
  describe('given well-formed details', () => {
    it('links e-mail with mailto:, the phone with tel: digits, and the web address as is', () => {
      expect(
        contactLinks({
          email: 'privacy@ctt.id',
          phone: '+62 (21) 1234-5678',
          url: 'https://ctt.id/privacy',
        }),
      ).toEqual({
        email: 'mailto:privacy@ctt.id',
        phone: 'tel:+622112345678',
        url: 'https://ctt.id/privacy',
      });
    });

    it('keeps a local number without a plus sign', () => {
      expect(contactLinks({ phone: '021 500 123' })).toEqual({ phone: 'tel:021500123' });
    });
  });

  describe('given details that cannot be safe links', () => {
    it('leaves out a mangled address, a phone without digits and a non-web URL', () => {
      expect(
        contactLinks({
          email: '[email protected]',
          phone: 'ask reception',
          url: 'javascript:alert(1)',
        }),
      ).toEqual({});
    });

    it('refuses an address that would smuggle extra mail headers', () => {
      expect(contactLinks({ email: 'a@b.co?bcc=everyone@example.com' })).toEqual({});
    });
  });
});
