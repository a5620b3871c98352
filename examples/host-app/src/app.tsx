import { useEffect, useLayoutEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { PolicyKitProvider } from '@policykit/react';
import { LoadBoundary } from './load-boundary';
import { DashboardPage } from './pages/dashboard-page';
import { LoginPage } from './pages/login-page';
import { PolicyPage } from './pages/policy-page';
import { RightsPage } from './pages/rights-page';
import { forgetPolicies } from './policies';
import { PolicyUpdatePrompt } from './policy-update-prompt';
import { PRODUCT_IDS, PRODUCTS, type Product } from './products';
import { navigate, parseRoute, pathFor, usePathname, useInternalLinks, type Route } from './router';
import { signOut, useSession } from './session';

/**
 * The host app. It owns its i18next instance and hands it to PolicyKit, with the locale
 * of the product being shown; PolicyKit adds its own namespace and touches nothing else.
 */
export function App({ i18n }: { i18n: I18n }) {
  const pathname = usePathname();
  const route = parseRoute(pathname);
  const product = PRODUCTS[route.product];
  useInternalLinks();

  // The host switches its own language with the product (before paint, so no flash).
  useLayoutEffect(() => {
    document.documentElement.lang = product.language;
    if (i18n.language !== product.language) void i18n.changeLanguage(product.language);
  }, [i18n, product]);

  useEffect(() => {
    if (pathname === '/') navigate(pathFor('ctt', 'dashboard'), { replace: true });
  }, [pathname]);

  return (
    <I18nextProvider i18n={i18n}>
      <PolicyKitProvider i18n={i18n} locale={product.locale}>
        <Shell product={product} route={route} />
      </PolicyKitProvider>
    </I18nextProvider>
  );
}

function Shell({ product, route }: { product: Product; route: Route }) {
  const { t, i18n } = useTranslation();
  const session = useSession(product.id);
  const here = (page: Route['page']) => (route.page === page ? 'page' : undefined);

  return (
    <div className="host-app" data-product={product.id}>
      <a className="host-skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="host-header">
        <p className="host-brand">
          <span className="host-brand-name">{product.name}</span>{' '}
          <span className="host-brand-tagline">
            {product.id === 'ctt' ? t('ctt.tagline') : t('btnCx.tagline')}
          </span>
        </p>
        <nav aria-label={t('nav.label')} className="host-nav">
          <ul>
            <li>
              <a href={pathFor(product.id, 'dashboard')} aria-current={here('dashboard')}>
                {t('nav.dashboard')}
              </a>
            </li>
            <li>
              <a href={pathFor(product.id, 'policy')} aria-current={here('policy')}>
                {t('nav.policy')}
              </a>
            </li>
            <li>
              <a href={pathFor(product.id, 'rights')} aria-current={here('rights')}>
                {t('nav.rights')}
              </a>
            </li>
            <li>
              {session ? (
                <button type="button" className="host-link" onClick={() => signOut(product.id)}>
                  {t('nav.signOut')}
                </button>
              ) : (
                <a href={pathFor(product.id, 'login')} aria-current={here('login')}>
                  {t('nav.signIn')}
                </a>
              )}
            </li>
          </ul>
        </nav>
        <nav aria-label={t('products.label')} className="host-products">
          <ul>
            {PRODUCT_IDS.map((id) => (
              <li key={id}>
                <a
                  href={pathFor(id, 'dashboard')}
                  aria-current={id === product.id ? 'true' : undefined}
                >
                  {PRODUCTS[id].name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="host-main">
        {session ? (
          <LoadBoundary key={`prompt-${product.id}`} onRetry={() => forgetPolicies(product.id)}>
            <PolicyUpdatePrompt product={product} />
          </LoadBoundary>
        ) : null}
        <LoadBoundary
          key={`${product.id}-${route.page}`}
          onRetry={() => forgetPolicies(product.id)}
        >
          <PageFor product={product} route={route} />
        </LoadBoundary>
      </main>
      <footer className="host-footer">
        <p>{t('footer.note')}</p>
        <p data-testid="host-language">{t('footer.hostLanguage', { language: i18n.language })}</p>
        <p>
          <button type="button" className="host-link" onClick={() => resetDemo(product)}>
            {t('footer.reset')}
          </button>
        </p>
      </footer>
    </div>
  );
}

function PageFor({ product, route }: { product: Product; route: Route }) {
  const { t } = useTranslation();
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage product={product} />;
    case 'login':
      return <LoginPage product={product} />;
    case 'policy':
      return <PolicyPage product={product} />;
    case 'rights':
      return <RightsPage product={product} />;
    case 'not-found':
      return (
        <>
          <h1>{t('notFound.title')}</h1>
          <p>
            <a href={pathFor(product.id, 'dashboard')}>
              {t('notFound.back', { product: product.name })}
            </a>
          </p>
        </>
      );
    default:
      return route satisfies never;
  }
}

/** Forgets what this browser remembers (sessions, drafts, acknowledgements) to see the demo afresh. */
function resetDemo(product: Product) {
  for (const storage of [window.localStorage, window.sessionStorage]) {
    try {
      for (const key of Object.keys(storage)) {
        if (key.startsWith('policykit:') || key.startsWith('host-app:')) storage.removeItem(key);
      }
    } catch {
      // Storage blocked: there is nothing to forget.
    }
  }
  window.location.assign(pathFor(product.id, 'dashboard'));
}
