import { use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RightsRequestForm } from '@policykit/react';
import { createRightsRequestClient } from '@policykit/sdk';
import { policiesFor, productPolicies } from '../policies';
import type { Product } from '../products';

/** "Your data rights": the host's heading and words, then PolicyKit's form. */
export function RightsPage({ product }: { product: Product }) {
  const { t } = useTranslation();
  const { current: policy } = policiesFor(use(productPolicies(product)), product);
  // One client per policy: the SDK's HTTP transport with idempotency keys and retries,
  // talking to the server handler in server.mjs.
  const client = useMemo(
    () =>
      createRightsRequestClient(
        { endpoint: product.endpoint },
        { jurisdiction: product.jurisdiction, rights: policy.rights, timeZone: product.timeZone },
      ),
    [product, policy],
  );
  return (
    <>
      <h1>{t('rightsPage.title')}</h1>
      <p className="host-lead">{t('rightsPage.intro')}</p>
      <RightsRequestForm policy={policy} client={client} jurisdiction={product.jurisdiction} />
    </>
  );
}
