import type { Jurisdiction } from '@policykit/sdk';
import type { HostLanguage } from './i18n/host-strings';

export type ProductId = 'ctt' | 'btn-cx';

/** One of the two mock products this host app plays, and how it wires PolicyKit. */
export interface Product {
  id: ProductId;
  /** Brand name, the same in every language. */
  name: string;
  /** The host UI's language (its own i18next instance). */
  language: HostLanguage;
  /** BCP 47 locale for PolicyKit's strings and dates (`<PolicyKitProvider locale>`). */
  locale: string;
  /** Files under /policies/ (copied from the repository's seed fixtures at build time). */
  policies: {
    /** The version in force, one file per translation. */
    current: readonly string[];
    /** The version before it: what a returning person last accepted. */
    previous: readonly string[];
    /** An announced next version (UU PDP Pasal 21(2): tell people before a change applies). */
    upcoming?: readonly string[];
  };
  /** Where the SDK's server handler for this product listens (see server.mjs). */
  endpoint: string;
  jurisdiction: Jurisdiction;
  timeZone: string;
  /** Who the fake sign-in page suggests. */
  demoUser: { name: string; email: string };
}

export const PRODUCTS: Record<ProductId, Product> = {
  ctt: {
    id: 'ctt',
    name: 'CTT',
    language: 'id',
    locale: 'id-ID',
    policies: {
      current: ['ctt-privacy.id.json', 'ctt-privacy.en.json'],
      previous: ['ctt-privacy.previous.id.json', 'ctt-privacy.previous.en.json'],
      upcoming: ['ctt-privacy.upcoming.id.json', 'ctt-privacy.upcoming.en.json'],
    },
    endpoint: '/api/rights-requests/ctt',
    jurisdiction: 'id-pdp',
    timeZone: 'Asia/Jakarta',
    demoUser: { name: 'Siti Rahma', email: 'siti.rahma@example.co.id' },
  },
  'btn-cx': {
    id: 'btn-cx',
    name: 'BTN CX',
    language: 'en',
    locale: 'en-GB',
    policies: {
      current: ['btn-cx-privacy.en.json', 'btn-cx-privacy.id.json'],
      previous: ['btn-cx-privacy.previous.en.json', 'btn-cx-privacy.previous.id.json'],
    },
    endpoint: '/api/rights-requests/btn-cx',
    jurisdiction: 'id-pdp',
    timeZone: 'Asia/Jakarta',
    demoUser: { name: 'Alex Morgan', email: 'alex.morgan@example.com' },
  },
};

export const PRODUCT_IDS = Object.keys(PRODUCTS) as ProductId[];

export function isProductId(value: string | undefined): value is ProductId {
  return value === 'ctt' || value === 'btn-cx';
}
