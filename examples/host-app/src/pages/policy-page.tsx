import { use } from 'react';
import { PolicyViewer } from '@policykit/react';
import { productPolicies } from '../policies';
import type { Product } from '../products';

/**
 * The privacy policy, every translation handed to the viewer: it shows the one for the
 * UI locale and offers the others. Deep links (`/ctt/privacy#hak-anda`) open a section.
 */
export function PolicyPage({ product }: { product: Product }) {
  const { current } = use(productPolicies(product));
  return <PolicyViewer policy={current} search className="host-policy" />;
}
