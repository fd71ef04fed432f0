import '../components/reporting.css';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { DASHBOARD_TABS, type DashboardTab } from '../dashboardTabs';

/** The buyer's dashboard (/tableau-de-bord): one tab per section, the open one in the address. */
export function DashboardPage() {
  return (
    <RequireSession anyRole={['BUYER_ADMIN', 'APPROVER', 'REQUESTER']}>
      <Dashboard tabs={DASHBOARD_TABS} />
    </RequireSession>
  );
}

export function Dashboard({ tabs }: { tabs: DashboardTab[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((tab) => tab.slug === params.get('rubrique')) ?? tabs[0];
  const title = current === undefined ? t('reporting.dashboard.title') : `${t(current.labelKey)} — ${t('reporting.dashboard.title')}`;
  useDocumentTitle(title);

  function open(index: number, focus: boolean) {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (tab === undefined) return;
    const next = new URLSearchParams(params);
    next.set('rubrique', tab.slug);
    setParams(next, { replace: true });
    if (focus) buttons.current[(index + tabs.length) % tabs.length]?.focus();
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    open(target, true);
  }

  return (
    <div className="fr-container fr-py-6w">
      <h1>{t('reporting.dashboard.title')}</h1>
      <p className="fr-text--lead">{t('reporting.dashboard.intro')}</p>
      {current !== undefined && (
        <div className="fr-tabs boucle-dashboard">
          <ul className="fr-tabs__list" role="tablist" aria-label={t('reporting.dashboard.tabs')}>
            {tabs.map((tab, i) => {
              const selected = tab.slug === current.slug;
              return (
                <li role="presentation" key={tab.slug}>
                  <button
                    ref={(element) => {
                      buttons.current[i] = element;
                    }}
                    id={`tab-${tab.slug}`}
                    type="button"
                    className="fr-tabs__tab"
                    role="tab"
                    aria-selected={selected}
                    aria-controls={`panel-${tab.slug}`}
                    tabIndex={selected ? 0 : -1}
                    onClick={() => { open(i, false); }}
                    onKeyDown={(event) => { onKeyDown(event, i); }}
                  >
                    {t(tab.labelKey)}
                  </button>
                </li>
              );
            })}
          </ul>
          <div id={`panel-${current.slug}`} className="fr-tabs__panel fr-tabs__panel--selected" role="tabpanel" aria-labelledby={`tab-${current.slug}`} tabIndex={0}>
            <current.Panel />
          </div>
        </div>
      )}
    </div>
  );
}
