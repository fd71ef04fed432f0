import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, problemText, SelectField } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { formatDate } from '../../../lib/format';
import type { OperatorOrganisation } from '../api/operator';
import { useOperatorAction, useOperatorQueue, type OperatorAction, type Queue } from '../api/queries';

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
  const queue = useOperatorQueue(status);
  const action = useOperatorAction();
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const organisations = queue.isError ? [] : (queue.data ?? null);
  const shown = message ?? (queue.isError ? { kind: 'error' as const, text: problemText(queue.error, t('form.unexpected')), n: 0 } : null);
  const busy = action.isPending ? action.variables.id : null;

  async function act(organisation: OperatorOrganisation, kind: OperatorAction) {
    try {
      await action.mutateAsync({ id: organisation.id, action: kind });
      setMessage((previous) => ({
        kind: 'success',
        text: t(kind === 'validate' ? 'operator.validated' : kind === 'approveProof' ? 'operator.proofApproved' : 'operator.suspended', {
          name: organisation.legalName,
        }),
        n: (previous?.n ?? 0) + 1,
      }));
    } catch (error) {
      setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
    }
  }

  const columns: Column<OperatorOrganisation>[] = [
    { id: 'name', header: t('signUp.legalName'), rowHeader: true, cell: (o) => o.legalName },
    { id: 'siret', header: t('signUp.siret'), cell: (o) => o.siret },
    {
      id: 'kind',
      header: t('profile.kind'),
      cell: (o) => (
        <>
          {t(`organisationKind.${o.kind}`)}
          {o.publicBodyType !== null && ` — ${t(`publicBodyType.${o.publicBodyType}`)}`}
        </>
      ),
    },
    {
      id: 'insertion',
      header: t('operator.insertion'),
      cell: (o) =>
        o.insertionStatus === null ? (
          '—'
        ) : (
          <>
            {t(`insertionStatus.${o.insertionStatus}`)}
            {o.insertionProofReference !== null && (
              <>
                <br />
                {t('operator.proof', { reference: o.insertionProofReference, date: formatDate(o.insertionValidUntil, i18n.language) })}
              </>
            )}
          </>
        ),
    },
    { id: 'created', header: t('profile.createdAt'), cell: (o) => formatDate(o.createdAt, i18n.language) },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (o) => (
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          {o.insertionProofReviewPending && o.status === 'ACTIVE' && (
            <li>
              <Button type="button"
                disabled={busy === o.id}
                nativeButtonProps={{ 'aria-label': t('operator.approveProofOf', { name: o.legalName }) }}
                onClick={() => void act(o, 'approveProof')}
              >
                {t('operator.approveProof')}
              </Button>
            </li>
          )}
          {o.status !== 'ACTIVE' && (
            <li>
              <Button type="button"
                disabled={busy === o.id}
                nativeButtonProps={{ 'aria-label': t('operator.validateOf', { name: o.legalName }) }}
                onClick={() => void act(o, 'validate')}
              >
                {t('operator.validate')}
              </Button>
            </li>
          )}
          {o.status !== 'SUSPENDED' && (
            <li>
              <Button type="button"
                priority="secondary"
                disabled={busy === o.id}
                nativeButtonProps={{ 'aria-label': t('operator.suspendOf', { name: o.legalName }) }}
                onClick={() => void act(o, 'suspend')}
              >
                {t('operator.suspend')}
              </Button>
            </li>
          )}
        </ul>
      ),
    },
  ];

  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('operator.heading')}</h1>
      <p>
        <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="/operateur/taxonomie">
          {t('taxonomy.link')}
        </Link>
      </p>
      {shown !== null && (
        <Alert kind={shown.kind} key={shown.n} testId="operator-message">
          {shown.text}
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
        <DataTable
          testId="operator-table"
          caption={t('operator.caption', {
            status: status === 'PROOF_REVIEW' ? t('operator.proofReviewQueue') : t(`organisationStatus.${status}`),
            count: organisations.length,
          })}
          columns={columns}
          rows={organisations}
          rowKey={(o) => o.id}
        />
      )}
    </div>
  );
}
