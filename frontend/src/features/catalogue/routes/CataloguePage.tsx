import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { searchCatalogue, type SearchResult } from '../api/search';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'error' } | { kind: 'done'; result: SearchResult };
type Outcome = { key: string; state: State };

/** The catalogue. The whole search state lives in the URL, so a search can be shared. */
export function CataloguePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalogue.title'));
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category');
  const paramsKey = params.toString();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const state: State = outcome?.key === paramsKey ? outcome.state : { kind: 'loading' };

  useEffect(() => {
    const controller = new AbortController();
    searchCatalogue(new URLSearchParams(paramsKey), controller.signal)
      .then((result) => {
        setOutcome({ key: paramsKey, state: result === null ? { kind: 'unavailable' } : { kind: 'done', result } });
      })
      .catch(() => {
        if (!controller.signal.aborted) setOutcome({ key: paramsKey, state: { kind: 'error' } });
      });
    return () => {
      controller.abort();
    };
  }, [paramsKey]);

  return (
    <div className="fr-container fr-py-6w">
      <h1>{q === '' ? t('catalogue.heading') : t('catalogue.resultsFor', { q })}</h1>
      {category !== null && <p className="fr-tag">{t('catalogue.category', { category })}</p>}
      {state.kind === 'loading' && <p aria-live="polite">…</p>}
      {(state.kind === 'unavailable' || state.kind === 'error') && (
        <div className="fr-alert fr-alert--info fr-mt-4w" data-testid="catalogue-coming">
          <h2 className="fr-alert__title">{t('catalogue.comingTitle')}</h2>
          <p>{q === '' ? t('catalogue.comingTextNoQuery') : t('catalogue.comingText', { q })}</p>
        </div>
      )}
      {state.kind === 'done' && (
        <>
          <p aria-live="polite">{t('catalogue.results', { count: state.result.total })}</p>
          <ul>
            {state.result.items.map((item) => (
              <li key={item.id}>
                {item.title} — {item.supplier.name}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="fr-mt-4w">
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/">
          {t('catalogue.backHome')}
        </Link>
      </p>
    </div>
  );
}
