import { useTranslation } from 'react-i18next';
import type { BuyerService } from '../api/search';
import { UserText } from '../../../components/UserText';

type Refine = (change: (next: URLSearchParams) => void, keepPage?: boolean) => void;

/**
 * For a signed-in buyer: the service distances are measured from, and whether to see only what
 * their framework agreements let them order (the default) or the whole market.
 */
export function BuyerOptions({ params, services, onRefine }: { params: URLSearchParams; services: BuyerService[]; onRefine: Refine }) {
  const { t } = useTranslation();
  const orderable = params.get('orderable') !== 'false';
  return (
    <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-mb-2w" data-testid="buyer-options">
      {services.length > 0 && (
        <div className="fr-col-12 fr-col-md-6">
          <div className="fr-select-group fr-mb-0">
            <label className="fr-label" htmlFor="catalogue-service">
              {t('catalogue.serviceLabel')}
              <span className="fr-hint-text">{t('catalogue.serviceHint')}</span>
            </label>
            <select
              className="fr-select"
              id="catalogue-service"
              value={params.get('service') ?? ''}
              onChange={(e) => {
                const value = e.target.value;
                onRefine((next) => {
                  // An empty value records the choice of no origin, so none is picked again.
                  next.set('service', value);
                  if (value === '') {
                    next.delete('radiusKm');
                    if (next.get('sort') === 'distance') next.delete('sort');
                  }
                });
              }}
            >
              <option value="">{t('catalogue.serviceNone')}</option>
              {services.map((s) => (
                <option key={s.id} value={s.id}>
                  <UserText>{s.name}</UserText> — {s.postcode} {s.city}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <div className="fr-col-12 fr-col-md-6">
        <div className="fr-toggle">
          <input
            type="checkbox"
            className="fr-toggle__input"
            id="catalogue-orderable"
            aria-describedby="catalogue-orderable-hint"
            checked={orderable}
            onChange={(e) => {
              const checked = e.target.checked;
              onRefine((next) => {
                if (checked) next.delete('orderable');
                else next.set('orderable', 'false');
              });
            }}
          />
          <label
            className="fr-toggle__label"
            htmlFor="catalogue-orderable"
            data-fr-checked-label={t('catalogue.toggleOn')}
            data-fr-unchecked-label={t('catalogue.toggleOff')}
          >
            {t('catalogue.orderableLabel')}
          </label>
          <p className="fr-hint-text" id="catalogue-orderable-hint">
            {t('catalogue.orderableHint')}
          </p>
        </div>
      </div>
    </div>
  );
}
