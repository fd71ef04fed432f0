import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import type { Answer } from '../api/needs';
import { useAcceptAnswer } from '../api/queries';
import { Thread } from './Thread';

/**
 * The proposals side by side (price, distance, insertion status, availability), each with its lines,
 * its thread and, for a requester while the need is open, the button that puts it in the cart.
 */
export function AnswersCompare({ needId, answers, canAccept }: { needId: string; answers: Answer[]; canAccept: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const accept = useAcceptAnswer(needId);
  const [accepted, setAccepted] = useState<number | null>(null);
  const proposals = answers.filter((a) => a.kind === 'PROPOSAL');
  const declined = answers.length - proposals.length;
  if (answers.length === 0) return <p>{t('needs.need.noAnswers')}</p>;
  return (
    <>
      {accepted !== null && (
        <Alert kind="success">
          <p>
            {t('needs.need.accepted', { count: accepted })} <Link to="/panier">{t('needs.need.goToCart')}</Link>
          </p>
        </Alert>
      )}
      {accept.isError && <Alert kind="error">{problemText(accept.error, t('form.unexpected'))}</Alert>}
      {proposals.length > 0 && (
        <div className="fr-table fr-table--bordered boucle-needs__compare">
          <table tabIndex={0}>
            <caption>{t('needs.need.compare')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('needs.need.supplier')}</th>
                <th scope="col">{t('needs.need.insertion')}</th>
                <th scope="col">{t('needs.need.total')}</th>
                <th scope="col">{t('needs.need.distance')}</th>
                <th scope="col">{t('needs.need.availability')}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.supplier.name}
                    {a.partners.length > 0 && (
                      <span className="fr-hint-text">{t('needs.need.partners', { names: a.partners.map((p) => p.name).join(', ') })}</span>
                    )}
                  </th>
                  <td>{a.supplier.insertionStatus ? t(`insertionStatus.${a.supplier.insertionStatus}`) : '—'}</td>
                  <td className="boucle-amount">{a.lines.length === 0 ? '—' : formatEuros(a.totalExclVatCents, lang)}</td>
                  <td>{a.distanceKm === null || a.distanceKm === undefined ? '—' : `${a.distanceKm.toLocaleString(lang)} km`}</td>
                  <td>{a.lines.length > 0 ? t('needs.need.inStock') : a.availableOn ? formatDate(a.availableOn, lang) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {proposals.map((a) => (
        <article key={a.id} className="boucle-needs__item" aria-labelledby={`answer-${a.id}`}>
          <h3 id={`answer-${a.id}`} className="fr-h6">
            {a.supplier.name}
          </h3>
          {a.message !== '' && <p>{a.message}</p>}
          {a.lines.length > 0 && (
            <ul>
              {a.lines.map((l) => (
                <li key={l.listingId}>
                  <Link to={`/catalogue/${l.listingId}`}>{l.title}</Link> — {l.quantity} × {formatEuros(l.unitPriceExclVatCents, lang)} ={' '}
                  {formatEuros(l.lineExclVatCents, lang)}
                </li>
              ))}
            </ul>
          )}
          {a.offer && (
            <p>
              {a.offer}
              {a.availableOn && ` — ${t('needs.answer.availableOn')} ${formatDate(a.availableOn, lang)}`}
            </p>
          )}
          {canAccept && a.lines.length > 0 && a.status !== 'ACCEPTED' && (
            <button
              type="button"
              className="fr-btn fr-btn--sm"
              disabled={accept.isPending}
              onClick={() => {
                accept.mutate(a.id, {
                  onSuccess: (result) => {
                    setAccepted(result.linesAdded);
                  },
                });
              }}
            >
              {t('needs.need.accept')}
            </button>
          )}
          <Thread needId={needId} answerId={a.id} />
        </article>
      ))}
      {declined > 0 && <p className="fr-text--sm">{t('needs.need.notForUsList', { count: declined })}</p>}
    </>
  );
}
