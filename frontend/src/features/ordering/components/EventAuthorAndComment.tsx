import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { UserText } from '../../../components/UserText';
import { formatEuros } from '../../../lib/money';
import { problemWords } from '../../../lib/problems';
import type { OrderEvent } from '../api/ordering';

/** The author the API records for what Boucle did by itself (an approval under the threshold, an expiry). */
const SYSTEM = 'system';
const WITHIN_THRESHOLD = /^Total excl\. VAT within the service's approval threshold \((.+)\)$/;

/**
 * Who made a timeline entry and their comment. A person's name and comment are theirs (marked as
 * user content); Boucle's own entries are said in the interface's language, since the API records
 * them as fixed English sentences: a coded one (an expiry) in the words of its code, the approval
 * under the threshold recognised here.
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
      {t('common.systemActor')}
      {comment !== '' && <> : « {problemWords(event.commentCode ?? undefined, event.commentParams) ?? systemComment(comment, t, i18n.language)} »</>}
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
  return <UserText lang="en">{comment}</UserText>;
}
