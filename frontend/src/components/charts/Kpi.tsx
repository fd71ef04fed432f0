import './charts.css';

/** A headline figure of a dashboard: the value large, what it is below, an optional detail. */
export function Kpi({ value, label, detail }: { value: string; label: string; detail?: string }) {
  return (
    <div className="boucle-kpi">
      <p className="boucle-kpi__value">{value}</p>
      <p className="boucle-kpi__label fr-text--sm">{label}</p>
      {detail !== undefined && <p className="fr-hint-text fr-mb-0">{detail}</p>}
    </div>
  );
}

/** A row of headline figures. */
export function Kpis({ children }: { children: React.ReactNode }) {
  return <div className="boucle-dashboard__kpis">{children}</div>;
}
