import { useCallback, useEffect, useState, type SyntheticEvent } from 'react';
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
import {
  BUYER_SCOPES,
  createApiToken,
  fetchApiTokens,
  revokeApiToken,
  SUPPLIER_SCOPES,
  type ApiToken,
} from '../api/organisation';

/** API tokens for the organisation's own systems; the secret is shown once, at creation. */
export function ApiTokensSection({ kind }: { kind: OrganisationKind }) {
  const { t, i18n } = useTranslation();
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
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

  const reload = useCallback(async () => {
    try {
      setTokens(await fetchApiTokens());
    } catch (error) {
      setMessage((previous) => ({ kind: 'error', text: problemText(error, t('form.unexpected')), n: (previous?.n ?? 0) + 1 }));
      setTokens([]);
    }
  }, [t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const found = requireFields({ name }, t('form.required'));
    if (scopes.length === 0) found.scopes = t('tokens.chooseScope');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const answer = await createApiToken(name.trim(), scopes);
      setCreated({ name: answer.token.name, secret: answer.secret });
      setCopied(false);
      setName('');
      setScopes([]);
      await reload();
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
      await revokeApiToken(token.id);
      say('success', t('tokens.revoked', { name: token.name }));
      await reload();
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
      {message !== null && (
        <Alert kind={message.kind} key={message.n}>
          {message.text}
        </Alert>
      )}
      {tokens === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : tokens.length === 0 ? (
        <p>{t('tokens.none')}</p>
      ) : (
        <div className="fr-table" data-testid="tokens-table">
          <table>
            <caption>{t('tokens.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tokens.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('tokens.scopes')}</th>
                <th scope="col">{t('tokens.createdAt')}</th>
                <th scope="col">{t('tokens.lastUsedAt')}</th>
                <th scope="col">{t('members.state')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>
                    <code>{token.prefix}…</code>
                  </td>
                  <td>{token.scopes.join(', ')}</td>
                  <td>{formatDateTime(token.createdAt, i18n.language)}</td>
                  <td>{formatDateTime(token.lastUsedAt, i18n.language)}</td>
                  <td>{token.revokedAt === null ? t('tokens.active') : t('tokens.revokedOn', { date: formatDateTime(token.revokedAt, i18n.language) })}</td>
                  <td>
                    {token.revokedAt === null && (
                      <button
                        type="button"
                        className="fr-btn fr-btn--sm fr-btn--tertiary"
                        aria-label={t('tokens.revokeOf', { name: token.name })}
                        onClick={() => void onRevoke(token)}
                      >
                        {t('members.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
