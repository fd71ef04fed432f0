import '../components/needs.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useCategories, type CategoryNode } from '../../../lib/categories';
import {
  ALERT_FREQUENCIES,
  useDeleteSavedSearch,
  useSavedSearches,
  useUpdateSavedSearch,
  type AlertFrequency,
  type SavedSearch,
} from '../api/savedSearches';

/** A supplier's person's saved searches of needs (/besoins/recherches): alerts and deletion. */
export function SavedSearchesPage() {
  return (
    <RequireSession anyRole={['SUPPLIER_ADMIN', 'SUPPLIER_STAFF']}>
      <SavedSearches />
    </RequireSession>
  );
}

function labels(nodes: readonly CategoryNode[], into = new Map<string, string>()): Map<string, string> {
  for (const n of nodes) {
    into.set(n.id, n.label);
    labels(n.children, into);
  }
  return into;
}

/** The board's address showing what a search finds (its first category and département). */
function boardHref(search: SavedSearch): string {
  const params = new URLSearchParams();
  if (search.words) params.set('q', search.words);
  const category = search.categoryIds[0];
  if (category !== undefined) params.set('categorie', category);
  const department = search.departments[0];
  if (department !== undefined) params.set('departement', department);
  if (search.kind) params.set('nature', search.kind);
  const qs = params.toString();
  return qs === '' ? '/besoins' : `/besoins?${qs}`;
}

function SavedSearches() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  useDocumentTitle(t('savedSearches.list.title'));
  const searches = useSavedSearches();
  const categoryLabels = labels(useCategories(lang).data ?? []);
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const [notice, setNotice] = useState<string | null>(null);
  const failure = update.error ?? remove.error;

  const criteria = (s: SavedSearch): string[] => {
    const parts: string[] = [];
    if (s.categoryIds.length > 0) parts.push(t('savedSearches.list.categories', { list: s.categoryIds.map((c) => categoryLabels.get(c) ?? c).join(', ') }));
    if (s.departments.length > 0) parts.push(t('savedSearches.list.departments', { list: s.departments.join(', ') }));
    if (s.words) parts.push(t('savedSearches.list.words', { words: s.words }));
    if (s.kind) parts.push(t('savedSearches.list.kind', { kind: t(`needs.kind.${s.kind}`) }));
    return parts.length === 0 ? [t('savedSearches.list.anything')] : parts;
  };

  return (
    <div className="fr-container fr-py-6w">
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" to="/besoins">
          {t('savedSearches.list.board')}
        </Link>
      </p>
      <h1>{t('savedSearches.list.title')}</h1>
      <p className="fr-text--lead">{t('savedSearches.list.intro')}</p>
      {notice !== null && (
        <Alert kind="success" key={notice}>
          {notice}
        </Alert>
      )}
      {failure !== null && <Alert kind="error">{problemText(failure, t('form.unexpected'))}</Alert>}
      {searches.isError && <Alert kind="error">{problemText(searches.error, t('form.unexpected'))}</Alert>}
      {searches.data !== undefined &&
        (searches.data.length === 0 ? (
          <p>{t('savedSearches.list.empty')}</p>
        ) : (
          <div className="fr-table fr-table--no-caption" data-testid="saved-searches">
            <table>
              <caption>{t('savedSearches.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('savedSearches.list.name')}</th>
                  <th scope="col">{t('savedSearches.list.criteria')}</th>
                  <th scope="col">{t('savedSearches.list.frequency')}</th>
                  <th scope="col">{t('savedSearches.list.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {searches.data.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">{s.name}</th>
                    <td>
                      <ul className="fr-text--sm fr-mb-0">
                        {criteria(s).map((c) => (
                          <li key={c}>{c}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <select
                        className="fr-select"
                        aria-label={t('savedSearches.list.frequencyOf', { name: s.name })}
                        value={s.frequency}
                        disabled={update.isPending}
                        onChange={(e) => {
                          const frequency = e.target.value as AlertFrequency;
                          const { id, name, categoryIds, departments, words, kind } = s;
                          update.mutate(
                            { id, body: { name, categoryIds, departments, words: words ?? null, kind: kind ?? null, frequency } },
                            {
                              onSuccess: () => {
                                setNotice(t('savedSearches.list.updated', { name }));
                              },
                            },
                          );
                        }}
                      >
                        {ALERT_FREQUENCIES.map((f) => (
                          <option key={f} value={f}>
                            {t(`savedSearches.frequency.${f}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                        <li>
                          <Link className="fr-btn fr-btn--tertiary" to={boardHref(s)}>
                            {t('savedSearches.list.see')}
                          </Link>
                        </li>
                        <li>
                          <button
                            type="button"
                            className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left"
                            aria-label={t('savedSearches.list.deleteOf', { name: s.name })}
                            disabled={remove.isPending}
                            onClick={() => {
                              remove.mutate(s.id, {
                                onSuccess: () => {
                                  setNotice(t('savedSearches.list.deleted', { name: s.name }));
                                },
                              });
                            }}
                          >
                            {t('savedSearches.list.delete')}
                          </button>
                        </li>
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}
