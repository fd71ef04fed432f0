import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  CheckboxGroup,
  ErrorSummary,
  fieldErrorsOf,
  InputField,
  problemText,
  requireFields,
  type FieldErrors,
} from '../../../components/form';
import { formatDateTime } from '../../../lib/format';
import type { OrganisationKind } from '../../../lib/session';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { BUYER_SCOPES, SUPPLIER_SCOPES, type ApiToken } from '../api/organisation';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from '../api/queries';

/** API tokens for the organisation's own systems; the secret is shown once, at creation. */
export function ApiTokensSection({ kind }: { kind: OrganisationKind }) {
  const { t, i18n } = useTranslation();
  const tokensQuery = useApiTokens();
  // Tokens that fail to load show as none, with the failure said above.
  const tokens = tokensQuery.data ?? (tokensQuery.isError ? [] : null);
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const scopeOptions = (kind === 'BUYER' ? BUYER_SCOPES : SUPPLIER_SCOPES).map((value) => ({
    value,
    label: `${t(`scopes.${value.replace(':', '_')}`)} (${value})`,
  }));
  const fields = {
    name: { id: 'token-name', label: t('tokens.name') },
    scopes: { id: 'token-scopes', label: t('tokens.scopes') },
  };

  const say = (kindOf: 'success' | 'error', text: string) => {
    setMessage((previous) => ({ kind: kindOf, text, n: (previous?.n ?? 0) + 1 }));
  };

  const loadFailure = tokensQuery.isError ? problemText(tokensQuery.error, t('form.unexpected')) : null;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const found = requireFields({ name }, t('form.required'));
    if (scopes.length === 0) found.scopes = t('tokens.chooseScope');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const answer = await create.mutateAsync({ name: name.trim(), scopes });
      setCreated({ name: answer.token.name, secret: answer.secret });
      setCopied(false);
      setName('');
      setScopes([]);
    } catch (error) {
      const serverErrors = fieldErrorsOf(error);
      if (Object.keys(serverErrors).length > 0) setErrors(serverErrors);
      else say('error', problemText(error, t('form.unexpected')));
    } finally {
      setBusy(false);
    }
  }

  async function onRevoke(token: ApiToken) {
    if (!window.confirm(t('tokens.confirmRevoke', { name: token.name }))) return;
    try {
      await revoke.mutateAsync(token.id);
      say('success', t('tokens.revoked', { name: token.name }));
    } catch (error) {
      say('error', problemText(error, t('form.unexpected')));
    }
  }

  async function onCopy(secret: string) {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  const columns: Column<ApiToken>[] = [
    { id: 'name', header: t('tokens.name'), rowHeader: true, cell: (token) => token.name },
    { id: 'prefix', header: t('tokens.prefix'), cell: (token) => <code>{token.prefix}…</code> },
    { id: 'scopes', header: t('tokens.scopes'), cell: (token) => token.scopes.join(', ') },
    { id: 'created', header: t('tokens.createdAt'), cell: (token) => formatDateTime(token.createdAt, i18n.language) },
    { id: 'used', header: t('tokens.lastUsedAt'), cell: (token) => formatDateTime(token.lastUsedAt, i18n.language) },
    {
      id: 'state',
      header: t('members.state'),
      cell: (token) =>
        token.revokedAt === null ? t('tokens.active') : t('tokens.revokedOn', { date: formatDateTime(token.revokedAt, i18n.language) }),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (token) =>
        token.revokedAt === null && (
          <button
            type="button"
            className="fr-btn fr-btn--sm fr-btn--tertiary"
            aria-label={t('tokens.revokeOf', { name: token.name })}
            onClick={() => void onRevoke(token)}
          >
            {t('members.revoke')}
          </button>
        ),
    },
  ];

  return (
    <section className="fr-mb-6w" aria-labelledby="section-tokens" id="jetons">
      <h2 id="section-tokens">{t('organisation.tokens')}</h2>
      <p>{t('tokens.intro')}</p>
      {created !== null && (
        <Alert kind="warning" title={t('tokens.secretTitle', { name: created.name })} testId="api-token-secret">
          <p>{t('tokens.secretWarning')}</p>
          <p>
            <code className="boucle-secret" data-testid="api-token-secret-value">
              {created.secret}
            </code>
          </p>
          <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
            <li>
              <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void onCopy(created.secret)}>
                {t('tokens.copy')}
              </button>
            </li>
            <li>
              <button
                type="button"
                className="fr-btn fr-btn--tertiary"
                onClick={() => {
                  setCreated(null);
                }}
              >
                {t('tokens.secretDone')}
              </button>
            </li>
          </ul>
          <p aria-live="polite" className="fr-text--sm">
            {copied ? t('tokens.copied') : ''}
          </p>
        </Alert>
      )}
      {message !== null ? (
        <Alert kind={message.kind} key={message.n}>
          {message.text}
        </Alert>
      ) : (
        loadFailure !== null && <Alert kind="error">{loadFailure}</Alert>
      )}
      {tokens === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : tokens.length === 0 ? (
        <p>{t('tokens.none')}</p>
      ) : (
        <DataTable columns={columns} rows={tokens} rowKey={(token) => token.id} caption={t('tokens.caption')} testId="tokens-table" />
      )}
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="token-form-title">
        <h3 className="fr-h5" id="token-form-title">
          {t('tokens.createTitle')}
        </h3>
        <ErrorSummary errors={errors} fields={fields} />
        <InputField id={fields.name.id} label={fields.name.label} hint={t('tokens.nameHint')} required value={name} onChange={setName} error={errors.name} />
        <CheckboxGroup id={fields.scopes.id} legend={t('tokens.scopes')} options={scopeOptions} values={scopes} onChange={setScopes} error={errors.scopes} />
        <button className="fr-btn" type="submit" disabled={busy}>
          {t('tokens.create')}
        </button>
      </form>
    </section>
  );
}
