import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { UserText } from '../../../components/UserText';
import { formatEuros } from '../../../lib/money';
import type { OrderEvent } from '../api/ordering';

/** The author the API records for what Boucle did by itself (an approval under the threshold, an expiry). */
const SYSTEM = 'system';
const WITHIN_THRESHOLD = /^Total excl\. VAT within the service's approval threshold \((.+)\)$/;
const EXPIRED = /^Not approved within (\d+) days: the stock and the amount are released\.$/;

/**
 * Who made a timeline entry and their comment. A person's name and comment are theirs (marked as
 * user content); Boucle's own entries are said in the interface's language, since the API records
 * them as fixed English sentences.
 */
export function EventAuthorAndComment({ event }: { event: OrderEvent }) {
  const { t, i18n } = useTranslation();
  const comment = event.comment ?? '';
  if (event.actorLabel !== SYSTEM) {
    return (
      <>
        <UserText>{event.actorLabel}</UserText>
        {comment !== '' && (
          <>
            {' '}: « <UserText>{comment}</UserText> »
          </>
        )}
      </>
    );
  }
  return (
    <>
      {t('ordering.order.systemActor')}
      {comment !== '' && <> : « {systemComment(comment, t, i18n.language)} »</>}
    </>
  );
}

function systemComment(comment: string, t: TFunction, lang: string) {
  const within = WITHIN_THRESHOLD.exec(comment);
  if (within !== null) {
    // The threshold as the API wrote it ("4 000,00 €"): its digits are the cents.
    const cents = Number((within[1] ?? '').replace(/\D/g, ''));
    return t('ordering.order.systemWithinThreshold', { threshold: formatEuros(cents, lang) });
  }
  const expired = EXPIRED.exec(comment);
  if (expired !== null) {
    return t('ordering.order.systemExpired', { count: Number(expired[1]) });
  }
  return <UserText lang="en">{comment}</UserText>;
}
