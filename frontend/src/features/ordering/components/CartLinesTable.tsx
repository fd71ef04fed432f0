import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../components/form';
import { DataTable, type Column } from '../../../components/list/DataTable';
import { formatEuros } from '../../../lib/money';
import { lineTotalCents } from '../api/checkout';
import type { CartGroup, CartLine } from '../api/ordering';
import { codedText } from '../../../lib/problems';
import { UserText } from '../../../components/UserText';

/** One supplier's lines in the cart, each quantity editable in place (applied on blur or Enter). */
export function CartLinesTable({
  group,
  quantities,
  errors,
  onQuantityInput,
  onQuantityCommit,
  onRemove,
}: {
  group: CartGroup;
  /** The quantities as typed, by listing id. */
  quantities: Record<string, string>;
  errors: FieldErrors;
  onQuantityInput: (listingId: string, value: string) => void;
  onQuantityCommit: (listingId: string) => void;
  onRemove: (listingId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns: Column<CartLine>[] = [
    {
      id: 'item',
      header: t('ordering.cart.item'),
      cell: (line) => (
        <>
          <UserText>{line.title}</UserText>
          <br />
          <span className="fr-hint-text">
            {line.sku} · {t('ordering.cart.available', { count: line.available })}
          </span>
          {line.obstacles.map((o) => (
            <p key={o.code} className="fr-error-text fr-mt-1v">
              {codedText({ code: o.problemCode, params: o.params }, o.message)}
            </p>
          ))}
        </>
      ),
    },
    { id: 'unit', header: t('ordering.cart.unitPrice'), cell: (line) => formatEuros(line.catalogueUnitPriceCents, lang) },
    {
      id: 'quantity',
      header: t('ordering.cart.quantity'),
      cell: (line) => {
        const error = errors[`cart[${line.listingId}].quantity`];
        const qtyId = `qty-${line.listingId}`;
        return (
          <div className={`fr-input-group${error === undefined ? '' : ' fr-input-group--error'}`}>
            <label className="fr-label fr-sr-only" htmlFor={qtyId}>
              {t('ordering.cart.quantityOf', { title: line.title })}
            </label>
            <input
              id={qtyId}
              className="fr-input"
              type="number"
              inputMode="numeric"
              min={line.minimumOrderQuantity}
              value={quantities[line.listingId] ?? ''}
              aria-invalid={error === undefined ? undefined : true}
              aria-describedby={error === undefined ? undefined : `${qtyId}-error`}
              onChange={(e) => {
                onQuantityInput(line.listingId, e.target.value);
              }}
              onBlur={() => {
                if ((quantities[line.listingId] ?? '') !== String(line.quantity)) onQuantityCommit(line.listingId);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  onQuantityCommit(line.listingId);
                }
              }}
            />
            {error !== undefined && (
              <p className="fr-error-text" id={`${qtyId}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      },
    },
    {
      id: 'total',
      header: t('ordering.cart.lineTotal'),
      cell: (line) => formatEuros(lineTotalCents(line.catalogueUnitPriceCents, line.quantity), lang),
    },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (line) => (
        <button
          type="button"
          className="fr-btn fr-btn--sm fr-btn--tertiary"
          aria-label={t('ordering.cart.removeNamed', { title: line.title })}
          onClick={() => {
            onRemove(line.listingId);
          }}
        >
          {t('ordering.cart.remove')}
        </button>
      ),
    },
  ];
  return (
    <DataTable
      captionHidden
      tableTestId="cart-lines"
      caption={t('ordering.cart.caption', { supplier: group.supplier.legalName })}
      columns={columns}
      rows={group.lines}
      rowKey={(line) => line.listingId}
    />
  );
}
