import { use } from 'react';
import { PolicyUpdatedDialog } from '@policykit/react';
import { acknowledgements } from './acknowledgements';
import { policiesFor, productPolicies } from './policies';
import type { Product } from './products';
import { pathFor } from './router';

/**
 * For a signed-in person: the updated-policy dialog when the version they acknowledged is
 * older than the one in force (it lists what changed, linking into the policy page), and
 * the notice of an announced change before it applies.
 */
export function PolicyUpdatePrompt({ product }: { product: Product }) {
  const { current, previous, upcoming } = policiesFor(use(productPolicies(product)), product);
  const policyPath = pathFor(product.id, 'policy');
  return (
    <PolicyUpdatedDialog
      policy={current}
      previous={previous}
      upcoming={upcoming}
      store={acknowledgements}
      timeZone={product.timeZone}
      sectionHref={policyPath}
      upcomingSectionHref={policyPath}
      onAcknowledge={(record) => console.info('Acknowledged (for the audit log):', record)}
    />
  );
}
