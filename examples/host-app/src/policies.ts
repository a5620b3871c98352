import { loadPolicy, selectTranslation, type PolicyDocument } from '@policykit/sdk';
import type { Product, ProductId } from './products';

/** A product's policy in every version the app needs, each as a set of translations. */
export interface ProductPolicies {
  current: PolicyDocument[];
  previous: PolicyDocument[];
  upcoming?: PolicyDocument[];
}

const cache = new Map<ProductId, Promise<ProductPolicies>>();

const loadAll = (files: readonly string[]) =>
  Promise.all(files.map((file) => loadPolicy(`/policies/${file}`, { timeoutMs: 10_000 })));

/**
 * Loads (once) a product's policies from the app's own server with `loadPolicy`, which
 * validates each document: a broken file becomes a `PolicyValidationError`, a server
 * problem a `PolicyLoadError` — shown by the page, never a blank screen. The same promise
 * is returned on every call, as React's `use()` needs; a failure is forgotten so that
 * "try again" loads afresh.
 *
 * @example
 * const { current } = use(productPolicies(PRODUCTS.ctt));
 */
export function productPolicies(product: Product): Promise<ProductPolicies> {
  let promise = cache.get(product.id);
  if (!promise) {
    const { current, previous, upcoming } = product.policies;
    promise = Promise.all([
      loadAll(current),
      loadAll(previous),
      upcoming && loadAll(upcoming),
    ]).then(([current, previous, upcoming]) =>
      upcoming ? { current, previous, upcoming } : { current, previous },
    );
    promise.catch(() => cache.delete(product.id));
    cache.set(product.id, promise);
  }
  return promise;
}

/** The translation of each version for the product's locale. */
export function policiesFor(policies: ProductPolicies, product: Product) {
  return {
    current: selectTranslation(policies.current, product.locale),
    previous: selectTranslation(policies.previous, product.locale),
    upcoming: policies.upcoming && selectTranslation(policies.upcoming, product.locale),
  };
}

/** Drops a product's loaded (or failed) policies, so the next render loads them again. */
export function forgetPolicies(product: ProductId): void {
  cache.delete(product);
}
