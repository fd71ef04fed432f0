import '../../../components/procurement.css';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Alert, fieldErrorsOf, InputField, problemText, type FieldErrors } from '../../../components/form';
import { nextMessageKey } from '../api/sequence';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { ApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formatEuros } from '../../../lib/money';
import { NEEDS_REASON, orderPdfUrl, type OrderAction } from '../api/ordering';
import { orderingKeys, useOrder, useOrderTransition } from '../api/queries';
import { OrderInvoicesPanel } from '../../invoicing';
import { OrderStatusBadge } from '../components/OrderStatusBadge';
import { USER_CONTENT_LANGUAGE, UserText, userSlot, userTextIn } from '../../../components/UserText';
import { EventAuthorAndComment } from '../components/EventAuthorAndComment';

/** Actions in the order a person reads them; the ones that end the order come last. */
const ACTION_ORDER: readonly OrderAction[] = [
  'APPROVE',
  'ACCEPT',
  'MARK_READY',
  'CONFIRM_DELIVERY',
  'INVOICE',
  'MARK_PAID',
  'DECLINE_CANCELLATION',
  'REJECT',
  'REFUSE',
  'CANCEL',
  'REQUEST_CANCELLATION',
  'SUPPLIER_CANCEL',
];
const ENDING: readonly OrderAction[] = ['REJECT', 'REFUSE', 'CANCEL', 'REQUEST_CANCELLATION', 'SUPPLIER_CANCEL'];

function vatRate(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = basisPoints % 100;
  return rest === 0 ? `${String(whole)} %` : `${String(whole)},${String(rest).padStart(2, '0').replace(/0$/, '')} %`;
}

/** One purchase order: lines, VAT, agreement, delivery, timeline, PDF and the actions open to me. */
export function OrderPage() {
  return (
    <RequireSession>
      <OrderContent />
    </RequireSession>
  );
}

function OrderContent() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useOrder(id);
  const transition = useOrderTransition(id);
  const client = useQueryClient();
  const order = query.data ?? null;
  const missing = query.error instanceof ApiError && query.error.status === 404;
  const [actionError, setError] = useState<{ text: string; key: number } | null>(null);
  const error =
    actionError ?? (query.isError && !missing ? { text: problemText(query.error, t('form.unexpected')), key: query.errorUpdatedAt } : null);
  const [done, setDone] = useState<{ text: string; key: number } | null>(
    (location.state as { placed?: boolean } | null)?.placed === true ? { text: t('ordering.order.placed'), key: 0 } : null,
  );
  const [comment, setComment] = useState('');
  const [invoiceReference, setInvoiceReference] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const busy = transition.isPending;
  useDocumentTitle(order === null ? t('ordering.order.title') : t('ordering.order.titleNumber', { number: order.number ?? t('ordering.order.numberPending') }));

  async function act(action: OrderAction) {
    if (order === null) return;
    setError(null);
    setDone(null);
    setFieldErrors({});
    try {
      const body: { comment?: string; invoiceReference?: string } = {};
      if (comment.trim() !== '') body.comment = comment.trim();
      if (action === 'INVOICE') body.invoiceReference = invoiceReference.trim();
      if (NEEDS_REASON.includes(action) && comment.trim() === '') {
        setFieldErrors({ comment: t('ordering.order.reasonRequired') });
        setError({ text: t('ordering.order.reasonRequired'), key: nextMessageKey() });
        return;
      }
      await transition.mutateAsync({ action, body });
      setComment('');
      setDone({ text: t(`ordering.actionDone.${action}`), key: nextMessageKey() });
    } catch (failure) {
      setFieldErrors(fieldErrorsOf(failure));
      setError({ text: problemText(failure, t('form.unexpected')), key: nextMessageKey() });
      if (failure instanceof ApiError && failure.status === 409) void query.refetch();
    }
  }

  if (missing) {
    return (
      <div className="fr-container fr-py-6w">
        <h1>{t('ordering.order.notFound')}</h1>
        <p>
          <Link to="/commandes">{t('ordering.order.backToList')}</Link>
        </p>
      </div>
    );
  }
  const lang = i18n.language;
  // With invoicing (the order tells its invoices), an invoice is issued, not marked by hand.
  const invoicing = order?.invoices !== undefined || order?.canIssueInvoice !== undefined;
  const actions =
    order === null ? [] : ACTION_ORDER.filter((a) => order.allowedActions.includes(a) && !(invoicing && a === 'INVOICE'));
  return (
    <div className="fr-container fr-py-6w">
      {done !== null && (
        <Alert kind="success" key={done.key} testId="order-done">
          {done.text}
        </Alert>
      )}
      {error !== null && (
        <Alert kind="error" key={error.key} testId="order-error">
          {error.text}
        </Alert>
      )}
      {order === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : (
        <>
          <h1 className="fr-mb-1w">
            {t('ordering.order.titleNumber', { number: order.number ?? t('ordering.order.numberPending') })} <OrderStatusBadge status={order.status} />
          </h1>
          {order.cancellationRequest != null && (
            <div className="fr-alert fr-alert--warning fr-mb-4w" data-testid="order-cancellation-request">
              <h2 className="fr-alert__title">{t('ordering.order.cancellationAsked')}</h2>
              <p>
                {t('ordering.order.cancellationAskedBy', {
                  who: order.cancellationRequest.requestedBy,
                  when: formatDateTime(order.cancellationRequest.requestedAt, lang),
                })}{' '}
                « {order.cancellationRequest.reason} »
              </p>
            </div>
          )}

          <p>
            <a
              className="fr-link fr-icon-download-line fr-link--icon-left"
              href={orderPdfUrl(order.id)}
              target="_blank"
              rel="noopener"
              title={`${t('ordering.order.pdf')} — ${t('footer.newWindow')}`}
              data-testid="order-pdf"
            >
              {t('ordering.order.pdf')}
            </a>
          </p>
          <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
            <div className="fr-col-12 fr-col-md-6">
              <h2 className="fr-h5">{t('ordering.order.parties')}</h2>
              <dl className="boucle-dl">
                <dt>{t('ordering.order.buyer')}</dt>
                <dd>
                  <UserText>{order.buyer.legalName}</UserText> ({order.buyer.siret})
                </dd>
                <dt>{t('ordering.order.service')}</dt>
                <UserText as="dd">{order.service.name}</UserText>
                <dt>{t('ordering.order.requester')}</dt>
                <UserText as="dd">{order.requesterName}</UserText>
                <dt>{t('ordering.order.supplier')}</dt>
                <dd>
                  <UserText>{order.supplier.legalName}</UserText> ({order.supplier.siret})
                </dd>
                <dt>{t('ordering.order.lot')}</dt>
                <dd data-testid="order-lot">
                  {userTextIn(
                    t('ordering.lotLabel', {
                      reference: order.lot.agreementReference,
                      number: order.lot.lotNumber,
                      title: userSlot('title'),
                    }),
                    { title: order.lot.lotTitle },
                  )}
                  <br />
                  <UserText className="fr-hint-text">{order.lot.agreementTitle}</UserText>
                </dd>
              </dl>
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <h2 className="fr-h5">{t('ordering.order.delivery')}</h2>
              <dl className="boucle-dl">
                <dt>{t('ordering.order.deliveryAddress')}</dt>
                <dd lang={USER_CONTENT_LANGUAGE}>
                  {order.deliveryAddress.street}, {order.deliveryAddress.postcode} {order.deliveryAddress.city}
                </dd>
                <dt>{t('ordering.order.deliveryDate')}</dt>
                <dd>{formatDate(order.deliveryDate, lang)}</dd>
                {(order.note ?? '') !== '' && (
                  <>
                    <dt>{t('ordering.checkout.note')}</dt>
                    <dd>{order.note}</dd>
                  </>
                )}
                {(order.invoiceReference ?? '') !== '' && (
                  <>
                    <dt>{t('ordering.order.invoiceReference')}</dt>
                    <dd>{order.invoiceReference}</dd>
                  </>
                )}
              </dl>
            </div>
          </div>

          <div className="fr-table">
            <table data-testid="order-lines" tabIndex={0}>
              <caption>{t('ordering.order.lines')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ordering.cart.item')}</th>
                  <th scope="col">{t('ordering.cart.quantity')}</th>
                  <th scope="col">{t('ordering.order.unitPrice')}</th>
                  <th scope="col">{t('ordering.order.vatRate')}</th>
                  <th scope="col">{t('ordering.order.lineExcl')}</th>
                  <th scope="col">{t('ordering.order.lineVat')}</th>
                </tr>
              </thead>
              <tbody>
                {order.lines.map((line) => (
                  <tr key={line.lineNo}>
                    <td>
                      <UserText>{line.title}</UserText>
                      <br />
                      <span className="fr-hint-text">{line.sku}</span>
                    </td>
                    <td>{line.quantity}</td>
                    <td>{formatEuros(line.unitPriceExclVatCents, lang)}</td>
                    <td>{vatRate(line.vatRateBasisPoints)}</td>
                    <td>{formatEuros(line.lineExclVatCents, lang)}</td>
                    <td>{formatEuros(line.lineVatCents, lang)}</td>
                  </tr>
                ))}
                {order.deliveryFee.exclVatCents > 0 && (
                  <tr data-testid="order-delivery-fee">
                    <td>{t('ordering.order.deliveryFee')}</td>
                    <td>1</td>
                    <td>{formatEuros(order.deliveryFee.exclVatCents, lang)}</td>
                    <td>{vatRate(order.deliveryFee.vatRateBasisPoints)}</td>
                    <td>{formatEuros(order.deliveryFee.exclVatCents, lang)}</td>
                    <td>{formatEuros(order.deliveryFee.vatCents, lang)}</td>
                  </tr>
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('ordering.order.totals')}
                  </th>
                  <td>{formatEuros(order.totals.exclVatCents, lang)}</td>
                  <td>{formatEuros(order.totals.vatCents, lang)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          {order.vat.length > 1 && (
            <ul className="fr-mb-1w" data-testid="order-vat">
              {order.vat.map((v) => (
                <li key={v.vatRateBasisPoints}>
                  {t('ordering.order.vatLine', {
                    rate: vatRate(v.vatRateBasisPoints),
                    base: formatEuros(v.baseExclVatCents, lang),
                    vat: formatEuros(v.vatCents, lang),
                  })}
                </li>
              ))}
            </ul>
          )}
          <p className="fr-text--lg" data-testid="order-total">
            {t('ordering.order.totalLine', {
              excl: formatEuros(order.totals.exclVatCents, lang),
              vat: formatEuros(order.totals.vatCents, lang),
              incl: formatEuros(order.totals.inclVatCents, lang),
            })}
          </p>

          {invoicing && (
            <OrderInvoicesPanel
              orderId={order.id}
              totalInclVatCents={order.totals.inclVatCents}
              invoices={order.invoices ?? []}
              canIssueInvoice={order.canIssueInvoice === true}
              onIssued={() => {
                void client.invalidateQueries({ queryKey: orderingKeys.orders });
              }}
            />
          )}

          {actions.length > 0 && (
            <section className="fr-mb-4w" aria-labelledby="order-actions" data-testid="order-actions">
              <h2 id="order-actions" className="fr-h5">
                {t('ordering.order.actions')}
              </h2>
              <InputField id="order-comment" label={t('ordering.order.comment')} value={comment} onChange={setComment} error={fieldErrors.comment} textarea />
              {actions.includes('INVOICE') && (
                <InputField
                  id="order-invoice"
                  label={t('ordering.order.invoiceReference')}
                  value={invoiceReference}
                  onChange={setInvoiceReference}
                  error={fieldErrors.invoiceReference}
                />
              )}
              <ul className="fr-btns-group fr-btns-group--inline-md">
                {actions.map((action) => (
                  <li key={action}>
                    <button
                      type="button"
                      className={`fr-btn${ENDING.includes(action) ? ' fr-btn--secondary' : ''}`}
                      disabled={busy}
                      onClick={() => void act(action)}
                    >
                      {t(`ordering.action.${action}`)}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="order-timeline">
            <h2 id="order-timeline" className="fr-h5">
              {t('ordering.order.timeline')}
            </h2>
            <ol className="boucle-timeline" data-testid="order-timeline">
              {order.events.map((event, index) => (
                <li key={`${event.at}-${String(index)}`}>
                  <strong>{event.action != null ? t(`ordering.eventAction.${event.action}`) : t(`ordering.status.${event.to}`)}</strong> — {formatDateTime(event.at, lang)} —{' '}
                  <EventAuthorAndComment event={event} />
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
