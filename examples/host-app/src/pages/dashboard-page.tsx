import { useTranslation } from 'react-i18next';
import type { Product } from '../products';
import { pathFor } from '../router';
import { useSession } from '../session';

/** When the mock dashboard's next settlement is (made up, like every figure here). */
const NEXT_SETTLEMENT = new Date('2026-11-23T10:00:00+07:00');

/** The host's own dashboard: made-up figures, formatted with `Intl` in the host's language. */
export function DashboardPage({ product }: { product: Product }) {
  const { t } = useTranslation();
  const session = useSession(product.id);
  if (!session) {
    return (
      <>
        <h1>{product.name}</h1>
        <p className="host-lead">
          <a href={pathFor(product.id, 'login')}>{t('dashboard.signedOut')}</a>
        </p>
      </>
    );
  }
  const number = new Intl.NumberFormat(product.locale);
  const cards: [label: string, value: string][] =
    product.id === 'ctt'
      ? [
          [
            t('ctt.balance'),
            new Intl.NumberFormat(product.locale, {
              style: 'currency',
              currency: 'IDR',
              maximumFractionDigits: 0,
            }).format(125_400_000),
          ],
          [t('ctt.transactionsToday'), number.format(1284)],
          [
            t('ctt.nextSettlement'),
            new Intl.DateTimeFormat(product.locale, {
              dateStyle: 'long',
              timeZone: product.timeZone,
            }).format(NEXT_SETTLEMENT),
          ],
        ]
      : [
          [t('btnCx.activeSurveys'), number.format(12)],
          [t('btnCx.responsesThisWeek'), number.format(1284)],
          [t('btnCx.nps'), number.format(47)],
        ];
  return (
    <>
      <h1>{t('dashboard.welcome', { name: session.name })}</h1>
      <dl className="host-cards">
        {cards.map(([label, value]) => (
          <div key={label} className="host-card">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <a href={pathFor(product.id, 'policy')}>{t('dashboard.privacyNote')}</a>
      </p>
    </>
  );
}
