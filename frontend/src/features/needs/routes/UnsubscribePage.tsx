import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../../components/form';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useUnsubscribe } from '../api/savedSearches';

/**
 * Where a saved search's mail links (/besoins/desabonnement/:token): unsubscribes at once, without
 * signing in (the token is the secret), and says which searches will no longer be mailed.
 */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useDocumentTitle(t('savedSearches.unsubscribe.title'));
  const unsubscribe = useUnsubscribe();
  const { mutate } = unsubscribe;
  const sent = useRef(false);
  useEffect(() => {
    if (!sent.current) {
      sent.current = true;
      mutate(token);
    }
  }, [mutate, token]);
  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('savedSearches.unsubscribe.title')}</h1>
      {unsubscribe.isPending && <p aria-live="polite">{t('savedSearches.unsubscribe.working')}</p>}
      {unsubscribe.isSuccess && (
        <Alert kind="success" testId="unsubscribed">
          <p>{t('savedSearches.unsubscribe.done')}</p>
          <ul>
            {unsubscribe.data.searches.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <p>{t('savedSearches.unsubscribe.again')}</p>
        </Alert>
      )}
      {unsubscribe.isError && <Alert kind="error">{t('savedSearches.unsubscribe.unknown')}</Alert>}
      {!unsubscribe.isPending && (
        <p>
          <Link to="/besoins/recherches">{t('savedSearches.unsubscribe.manage')}</Link>
        </p>
      )}
    </div>
  );
}
