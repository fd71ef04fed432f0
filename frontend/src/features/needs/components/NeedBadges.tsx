import { useTranslation } from 'react-i18next';
import type { NeedSummary } from '../api/needs';

/** The state of a need: open, past its closing date, closed or cancelled. */
export function NeedStatusBadge({ need }: { need: Pick<NeedSummary, 'status' | 'openForAnswers'> }) {
  const { t } = useTranslation();
  const key = need.status === 'OPEN' && !need.openForAnswers ? 'PAST' : need.status;
  const tone = key === 'OPEN' ? 'success' : key === 'CANCELLED' ? 'error' : 'info';
  return <p className={`fr-badge fr-badge--sm fr-badge--${tone} fr-badge--no-icon fr-mb-0`}>{t(`needs.status.${key}`)}</p>;
}
