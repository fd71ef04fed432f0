import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText, SelectField } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import type { OrganisationStatus } from '../../../lib/session';
import {
  approveProof,
  fetchOrganisations,
  fetchProofsToReview,
  suspendOrganisation,
  validateOrganisation,
  type OperatorOrganisation,
} from '../api/operator';

/** The organisations by status, or the suppliers whose insertion proof changed (PROOF_REVIEW). */
type Queue = OrganisationStatus | 'PROOF_REVIEW';
const STATUSES: Queue[] = ['PENDING', 'ACTIVE', 'SUSPENDED', 'PROOF_REVIEW'];

/** The operator validates new organisations and suspends those that break the rules. */
export function OperatorPage() {
  return (
    <RequireSession role="OPERATOR">
      <OperatorView />
    </RequireSession>
  );
}

function OperatorView() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('operator.title'));
  const [status, setStatus] = useState<Queue>('PENDING');
  const [organisations, setOrganisations] = useState<OperatorOrganisation[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = useCallback(async (wanted: Queue) => {
    try {
      setOrganisations(wanted === 'PROOF_REVIEW' ? await fetchProofsToReview() : await fetchOrganisations(wanted));
    } catch (error) {
      setOrganisations([]);
      setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    }
  }, [t]);

  useEffect(() => {
    void load(status);
  }, [load, status]);

  async function act(organisation: OperatorOrganisation, action: 'validate' | 'suspend' | 'approveProof') {
    setBusy(organisation.id);
    try {
      if (action === 'validate') await validateOrganisation(organisation.id);
      else if (action === 'approveProof') await approveProof(organisation.id);
      else await suspendOrganisation(organisation.id);
      setMessage((previous) => ({
        kind: 'success',
        text: t(
          action === 'validate' ? 'operator.validated' : action === 'approveProof' ? 'operator.proofApproved' : 'operator.suspended',
          { name: organisation.legalName },
        ),
        n: (previous?.n ?? 0) + 1,
      }));
      await load(status);
    } catch (error) {
      setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('operator.heading')}</h1>
      <p>
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="/operateur/taxonomie">
          {t('taxonomy.link')}
        </Link>
      </p>
      {message !== null && (
        <Alert kind={message.kind} key={message.n} testId="operator-message">
          {message.text}
        </Alert>
      )}
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-4">
          <SelectField
            id="operator-status"
            label={t('operator.statusFilter')}
            value={status}
            onChange={(value) => {
              setStatus(STATUSES.find((s) => s === value) ?? 'PENDING');
              setOrganisations(null);
            }}
            options={STATUSES.map((value) => ({
              value,
              label: value === 'PROOF_REVIEW' ? t('operator.proofReviewQueue') : t(`organisationStatus.${value}`),
            }))}
          />
        </div>
      </div>
      {organisations === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : organisations.length === 0 ? (
        <p data-testid="operator-empty">{t('operator.empty')}</p>
      ) : (
        <div className="fr-table" data-testid="operator-table">
          <table>
            <caption>
              {t('operator.caption', {
                status: status === 'PROOF_REVIEW' ? t('operator.proofReviewQueue') : t(`organisationStatus.${status}`),
                count: organisations.length,
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('signUp.legalName')}</th>
                <th scope="col">{t('signUp.siret')}</th>
                <th scope="col">{t('profile.kind')}</th>
                <th scope="col">{t('operator.insertion')}</th>
                <th scope="col">{t('profile.createdAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => (
                <tr key={organisation.id} data-organisation={organisation.id}>
                  <th scope="row">{organisation.legalName}</th>
                  <td>{organisation.siret}</td>
                  <td>
                    {t(`organisationKind.${organisation.kind}`)}
                    {organisation.publicBodyType !== null && ` — ${t(`publicBodyType.${organisation.publicBodyType}`)}`}
                  </td>
                  <td>
                    {organisation.insertionStatus === null ? (
                      '—'
                    ) : (
                      <>
                        {t(`insertionStatus.${organisation.insertionStatus}`)}
                        {organisation.insertionProofReference !== null && (
                          <>
                            <br />
                            {t('operator.proof', {
                              reference: organisation.insertionProofReference,
                              date: formatDate(organisation.insertionValidUntil, i18n.language),
                            })}
                          </>
                        )}
                      </>
                    )}
                  </td>
                  <td>{formatDate(organisation.createdAt, i18n.language)}</td>
                  <td>
                    <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                      {organisation.insertionProofReviewPending && organisation.status === 'ACTIVE' && (
                        <li>
                          <button
                            type="button"
                            className="fr-btn"
                            disabled={busy === organisation.id}
                            aria-label={t('operator.approveProofOf', { name: organisation.legalName })}
                            onClick={() => void act(organisation, 'approveProof')}
                          >
                            {t('operator.approveProof')}
                          </button>
                        </li>
                      )}
                      {organisation.status !== 'ACTIVE' && (
                        <li>
                          <button
                            type="button"
                            className="fr-btn"
                            disabled={busy === organisation.id}
                            aria-label={t('operator.validateOf', { name: organisation.legalName })}
                            onClick={() => void act(organisation, 'validate')}
                          >
                            {t('operator.validate')}
                          </button>
                        </li>
                      )}
                      {organisation.status !== 'SUSPENDED' && (
                        <li>
                          <button
                            type="button"
                            className="fr-btn fr-btn--secondary"
                            disabled={busy === organisation.id}
                            aria-label={t('operator.suspendOf', { name: organisation.legalName })}
                            onClick={() => void act(organisation, 'suspend')}
                          >
                            {t('operator.suspend')}
                          </button>
                        </li>
                      )}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
