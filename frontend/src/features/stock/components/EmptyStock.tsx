import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** What a supplier with no listing yet sees: the two ways to start. */
export function EmptyStock() {
  const { t } = useTranslation();
  return (
    <div className="fr-callout fr-my-4w" data-testid="stock-empty">
      <h2 className="fr-callout__title">{t('stock.emptyTitle')}</h2>
      <p className="fr-callout__text">{t('stock.emptyText')}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
        <li>
          <Link className="fr-btn" to="/stock/nouvelle">
            {t('stock.emptyCreate')}
          </Link>
        </li>
        <li>
          <Link className="fr-btn fr-btn--secondary" to="/stock/import">
            {t('stock.importFile')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
