import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

interface PagerProps {
  /** The current page, counted from 1. */
  page: number;
  pages: number;
  /** What the pagination pages through, for screen readers ("Pages du stock"). */
  label: string;
  className?: string;
  /**
   * Links mode: every page has its own address, and the pager lists the page numbers around the
   * current one between first/previous and next/last. Without it, the pager is three buttons:
   * previous, "page x of y", next.
   */
  href?: (page: number) => string;
  /** Buttons mode: called with the page (from 1) the person asks for. */
  onPage?: (page: number) => void;
  /** data-testid of the "page x of y" text (buttons mode). */
  currentTestId?: string;
}

/** The one DSFR pagination of the interface. */
export function Pager({ page, pages, label, className, href, onPage, currentTestId }: PagerProps) {
  const { t } = useTranslation();
  return (
    <nav role="navigation" className={className === undefined ? 'fr-pagination' : `fr-pagination ${className}`} aria-label={label}>
      <ul className="fr-pagination__list">
        {href === undefined ? (
          <>
            <li>
              <button
                type="button"
                className="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                disabled={page <= 1}
                onClick={() => {
                  onPage?.(page - 1);
                }}
              >
                {t('list.previous')}
              </button>
            </li>
            <li>
              <span className="fr-pagination__link" aria-current="page" data-testid={currentTestId}>
                {t('list.pageOf', { page, pages })}
              </span>
            </li>
            <li>
              <button
                type="button"
                className="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                disabled={page >= pages}
                onClick={() => {
                  onPage?.(page + 1);
                }}
              >
                {t('list.next')}
              </button>
            </li>
          </>
        ) : (
          <NumberedLinks page={page} pages={pages} href={href} />
        )}
      </ul>
    </nav>
  );
}

/** First, previous, up to five page numbers around the current one, next, last. */
function NumberedLinks({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const { t } = useTranslation();
  const from = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, i) => from + i);
  const edge = (target: number, disabled: boolean, modifier: string, text: string) => (
    <li>
      {disabled ? (
        <a className={`fr-pagination__link fr-pagination__link--${modifier}`} aria-disabled="true" role="link">
          {text}
        </a>
      ) : (
        <Link className={`fr-pagination__link fr-pagination__link--${modifier}`} to={href(target)}>
          {text}
        </Link>
      )}
    </li>
  );
  return (
    <>
      {edge(1, page <= 1, 'first', t('list.first'))}
      {edge(page - 1, page <= 1, 'prev fr-pagination__link--lg-label', t('list.previous'))}
      {numbers.map((n) => (
        <li key={n}>
          <Link
            className="fr-pagination__link"
            to={href(n)}
            aria-current={n === page ? 'page' : undefined}
            title={t('list.pageN', { page: n })}
          >
            {n}
          </Link>
        </li>
      ))}
      {edge(page + 1, page >= pages, 'next fr-pagination__link--lg-label', t('list.next'))}
      {edge(pages, page >= pages, 'last', t('list.last'))}
    </>
  );
}
