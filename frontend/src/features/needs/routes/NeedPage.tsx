import '../components/needs.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Alert, problemText } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { useSession } from '../../../lib/session';
import { useAnswers, useMatches, useNeed } from '../api/queries';
import { AnswerForm } from '../components/AnswerForm';
import { AnswersCompare } from '../components/AnswersCompare';
import { EndNeedForm } from '../components/EndNeedForm';
import { NeedStatusBadge } from '../components/NeedBadges';
import { Thread } from '../components/Thread';
import { UserText } from '../../../components/UserText';

/** One need (/besoins/:id): for its buyer, the matches in stock and the answers; for a supplier, its answer. */
export function NeedPage() {
  return (
    <RequireSession anyRole={['BUYER_ADMIN', 'REQUESTER', 'APPROVER', 'SUPPLIER_ADMIN', 'SUPPLIER_STAFF']}>
      <NeedView />
    </RequireSession>
  );
}

function NeedView() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'fr';
  const { me } = useSession();
  const buyer = me?.organisationKind === 'BUYER';
  const need = useNeed(id, lang);
  const answers = useAnswers(id);
  const detail = need.data;
  // The answer form goes once the need is answered: the confirmation is kept here, above the answer.
  const [answered, setAnswered] = useState(false);
  const open = detail?.summary.openForAnswers === true && detail.summary.status === 'OPEN';
  const matches = useMatches(id, buyer && open);
  useDocumentTitle(detail?.summary.title ?? t('needs.board.title'));
  if (need.isError) {
    return (
      <div className="fr-container fr-py-6w">
        <Alert kind="error">{problemText(need.error, t('form.unexpected'))}</Alert>
      </div>
    );
  }
  if (detail === undefined) return <p className="fr-container fr-py-6w">…</p>;
  const s = detail.summary;
  const manager = buyer && (me.roles.includes('BUYER_ADMIN') || me.roles.includes('REQUESTER'));
  const mine = (answers.data ?? []).find((a) => a.id === detail.myAnswerId);
  return (
    <div className="fr-container fr-py-6w">
      <p>
        <Link to="/besoins" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          {t('needs.need.back')}
        </Link>
      </p>
      <UserText as="h1">{s.title}</UserText>
      <NeedStatusBadge need={s} />
      <ul className="boucle-needs__meta fr-mb-2w">
        <li>
          <UserText>{s.buyerName}</UserText> · <UserText>{s.serviceName}</UserText> ({s.department})
        </li>
        <li>{s.categories.map((c) => c.label).join(', ')}</li>
        <li>
          {t('needs.fields.quantity')} : {s.quantity}
        </li>
        <li>{t(`needs.kind.${s.kind}`)}</li>
        {detail.lotLabel && <li>{detail.lotLabel}</li>}
        <li>{t(`needs.visibility.${s.visibility}`)}</li>
        <li>{t('needs.need.closes', { date: formatDate(s.closingDate, lang) })}</li>
        {s.targetDate && <li>{t('needs.need.target', { date: formatDate(s.targetDate, lang) })}</li>}
        {s.budgetMaxCents !== null && s.budgetMaxCents !== undefined && (
          <li>{t('needs.need.budget', { range: formatEuros(s.budgetMaxCents, lang) })}</li>
        )}
      </ul>
      {detail.description !== '' && <UserText as="p">{detail.description}</UserText>}
      {s.status === 'CLOSED' && detail.outcome && (
        <Alert kind="info" focus={false}>
          {t('needs.need.ended', {
            outcome:
              t(`needs.outcome.${detail.outcome}`) +
              (detail.outcomeAmountCents === null || detail.outcomeAmountCents === undefined ? '' : ` (${formatEuros(detail.outcomeAmountCents, lang)})`),
          })}
        </Alert>
      )}
      {s.status === 'CANCELLED' && (
        <Alert kind="warning" focus={false}>
          {t('needs.need.cancelled', { reason: detail.cancelReason ?? '' })}
        </Alert>
      )}
      {buyer ? (
        <>
          {open && (
            <section aria-labelledby="matches-title" className="fr-mt-4w">
              <h2 id="matches-title">{t('needs.need.matches')}</h2>
              <p className="fr-text--sm">{t('needs.need.matchesIntro')}</p>
              {(matches.data ?? []).length === 0 ? (
                <p>{t('needs.need.noMatches')}</p>
              ) : (
                <ul data-testid="need-matches">
                  {(matches.data ?? []).map((m) => (
                    <li key={m.id}>
                      <Link to={`/catalogue/${m.id}`}>{m.title}</Link> — {m.supplier.name} — {formatEuros(m.priceExclVatCents, lang)} —{' '}
                      {t('needs.answer.available', { count: m.availableQuantity })}
                      {m.distanceKm !== null && m.distanceKm !== undefined && ` — ${m.distanceKm.toLocaleString(lang)} km`}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <section aria-labelledby="answers-title" className="fr-mt-4w">
            <h2 id="answers-title">{t('needs.need.answers')}</h2>
            <AnswersCompare needId={id} answers={answers.data ?? []} canAccept={open && me.roles.includes('REQUESTER')} />
          </section>
          {manager && s.status === 'OPEN' && <EndNeedForm needId={id} />}
        </>
      ) : (
        <>
          {answered && <Alert kind="success">{t('needs.answer.sent')}</Alert>}
          {mine !== undefined && (
            <section aria-labelledby="mine-title" className="fr-mt-4w">
              <h2 id="mine-title">{t('needs.answer.yours')}</h2>
              {mine.kind === 'NOT_FOR_US' ? <p>{t('needs.need.notForUs')}</p> : <p>{mine.message}</p>}
              {mine.lines.map((l) => (
                <p key={l.listingId}>
                  {l.title} — {l.quantity} × {formatEuros(l.unitPriceExclVatCents, lang)}
                </p>
              ))}
              {mine.kind === 'PROPOSAL' && <Thread needId={id} answerId={mine.id} />}
            </section>
          )}
          {detail.answerable && (
            <AnswerForm
              needId={id}
              onSent={() => {
                setAnswered(true);
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
