import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgecRow } from '../api/agec';
import { useResetTarget, useSetTarget } from '../api/agec';
import { ProblemErrors } from './PurchasesElsewhere';

const percentOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The buyer admin's own targets for the year, per category, and the way back to the décret's. */
export function AgecTargetsForm({ year, rows }: { year: number; rows: AgecRow[] }) {
  const { t } = useTranslation();
  const save = useSetTarget();
  const reset = useResetTarget();
  const [category, setCategory] = useState('');
  const [reuse, setReuse] = useState('');
  const [recycled, setRecycled] = useState('');
  const own = rows.filter((r) => r.targetOrigin === 'BUYER');

  function choose(next: string) {
    setCategory(next);
    const row = rows.find((r) => r.category === next);
    setReuse(row?.reuseTargetPercent == null ? '' : String(row.reuseTargetPercent));
    setRecycled(row?.recycledTargetPercent == null ? '' : String(row.recycledTargetPercent));
  }

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    save.mutate({ year, category, reuseTargetPercent: percentOrNull(reuse), recycledTargetPercent: percentOrNull(recycled) });
  }

  return (
    <section aria-labelledby="targets-title" className="fr-mt-4w" data-testid="targets-form">
      <h3 id="targets-title">{t('reporting.agec.targetsTitle', { year })}</h3>
      <p className="fr-text--sm">{t('reporting.agec.targetsIntro')}</p>
      {own.length > 0 && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
          {own.map((r) => (
            <li key={r.category}>
              <button
                type="button"
                className="fr-btn fr-btn--tertiary"
                aria-label={t('reporting.agec.resetLabel', { category: r.category })}
                onClick={() => {
                  reset.mutate({ year, category: r.category });
                }}
              >
                {t('reporting.agec.resetTarget')} — {r.category}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit}>
        {save.error !== null && <ProblemErrors error={save.error} />}
        {save.isSuccess && (
          <p className="fr-alert fr-alert--success fr-alert--sm" role="status">
            {t('reporting.agec.targetSaved')}
          </p>
        )}
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="target-category">
            {t('reporting.agec.category')}
          </label>
          <select
            id="target-category"
            className="fr-select"
            required
            value={category}
            onChange={(event) => {
              choose(event.target.value);
            }}
          >
            <option value="">{t('reporting.agec.chooseCategory')}</option>
            {rows.map((r) => (
              <option key={r.category} value={r.category}>
                {r.category}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="target-reuse">
            {t('reporting.agec.reusePercent')}
          </label>
          <input id="target-reuse" className="fr-input" type="number" min={0} max={100} value={reuse} onChange={(e) => { setReuse(e.target.value); }} />
        </div>
        <div className="fr-input-group">
          <label className="fr-label" htmlFor="target-recycled">
            {t('reporting.agec.recycledPercent')}
          </label>
          <input id="target-recycled" className="fr-input" type="number" min={0} max={100} value={recycled} onChange={(e) => { setRecycled(e.target.value); }} />
        </div>
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={save.isPending || category === ''}>
          {t('reporting.agec.saveTarget')}
        </button>
      </form>
    </section>
  );
}
