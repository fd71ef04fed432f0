import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, InputField, problemText } from '../../../components/form';
import { formatDateTime } from '../../../lib/format';
import { usePostMessage, useThread } from '../api/queries';

/** The private thread of an answer, between the buyer and the answering suppliers. */
export function Thread({ needId, answerId }: { needId: string; answerId: string }) {
  const { t, i18n } = useTranslation();
  const thread = useThread(needId, answerId, true);
  const post = usePostMessage(needId, answerId);
  const [body, setBody] = useState('');
  const id = `thread-${answerId}`;
  return (
    <section aria-labelledby={`${id}-title`} className="fr-mt-2w">
      <h4 id={`${id}-title`} className="fr-h6">
        {t('needs.need.thread')}
      </h4>
      {(thread.data ?? []).length === 0 ? (
        <p className="fr-text--sm">{t('needs.need.threadEmpty')}</p>
      ) : (
        <ul className="boucle-needs__thread">
          {(thread.data ?? []).map((m) => (
            <li key={m.id} className={m.mine ? 'mine' : undefined}>
              <p className="fr-text--xs fr-mb-0">
                {m.authorName} · {m.organisationName} · {formatDateTime(m.at, i18n.language)}
              </p>
              <p className="fr-mb-0">{m.body}</p>
            </li>
          ))}
        </ul>
      )}
      {post.isError && <Alert kind="error">{problemText(post.error, t('form.unexpected'))}</Alert>}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (body.trim() === '') return;
          post.mutate(body, {
            onSuccess: () => {
              setBody('');
            },
          });
        }}
      >
        <InputField id={`${id}-body`} label={t('needs.need.message')} value={body} onChange={setBody} textarea />
        <button type="submit" className="fr-btn fr-btn--secondary fr-btn--sm" disabled={post.isPending}>
          {t('needs.need.send')}
        </button>
      </form>
    </section>
  );
}
