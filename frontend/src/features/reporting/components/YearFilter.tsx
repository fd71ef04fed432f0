import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';

/** The years a yearly report can show: this year and the four before it. */
export function reportYears(now = new Date()): number[] {
  const current = now.getFullYear();
  return [0, 1, 2, 3, 4].map((back) => current - back);
}

/** The year in the address (?annee=), this year when absent or out of range. */
export function useReportYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const years = reportYears();
  const asked = Number(params.get('annee'));
  const year = years.includes(asked) ? asked : (years[0] ?? new Date().getFullYear());
  const setYear = (next: number) => {
    const copy = new URLSearchParams(params);
    copy.set('annee', String(next));
    setParams(copy, { replace: true });
  };
  return [year, setYear];
}

/** A year selector bound to the address, so a view can be shared. */
export function YearFilter({ id }: { id: string }) {
  const { t } = useTranslation();
  const [year, setYear] = useReportYear();
  return (
    <div className="fr-select-group boucle-year-filter">
      <label className="fr-label" htmlFor={id}>
        {t('reporting.filters.year')}
      </label>
      <select
        id={id}
        className="fr-select"
        value={year}
        onChange={(event) => {
          setYear(Number(event.target.value));
        }}
      >
        {reportYears().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
