import { useTranslation } from 'react-i18next';

const VALUES = [
  { id: 'agreement', badge: 'home.value1Badge', title: 'home.value1Title', text: 'home.value1Text' },
  { id: 'agec', badge: 'home.value2Badge', title: 'home.value2Title', text: 'home.value2Text' },
  { id: 'insertion', badge: 'home.value3Badge', title: 'home.value3Title', text: 'home.value3Text' },
] as const;

/** What Boucle brings a public buyer, in three DSFR cards. */
export function ValueCards() {
  const { t } = useTranslation();
  return (
    <ul className="fr-grid-row fr-grid-row--gutters boucle-plain-list">
      {VALUES.map((value) => (
        <li className="fr-col-12 fr-col-md-4" key={value.id}>
          <div className="fr-card fr-card--no-arrow" data-testid={`value-${value.id}`}>
            <div className="fr-card__body">
              <div className="fr-card__content">
                <h3 className="fr-card__title">{t(value.title)}</h3>
                <p className="fr-card__desc">{t(value.text)}</p>
                <div className="fr-card__start">
                  <p className="fr-badge fr-badge--sm fr-badge--blue-ecume fr-badge--no-icon">{t(value.badge)}</p>
                </div>
              </div>
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
