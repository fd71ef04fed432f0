import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiError, type FieldError } from '../../../lib/api';
import { formatEuros, parseEuros } from '../../../lib/money';
import { pageCount } from '../../../lib/page';
import { useCreatePurchase, useDeletePurchase, useImportPurchases, usePurchases, type PurchaseInput } from '../api/agec';
import { codedText } from '../../../lib/problems';
import { problemText } from '../../../components/form';

const SIZE = 10;

/** The purchases made outside Boucle in the year: a paged list, and for the admin a form and an import. */
export function PurchasesElsewhere({ year, admin, categories }: { year: number; admin: boolean; categories: string[] }) {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('achatsPage') ?? '0') || 0);
  const purchases = usePurchases({ year, page, size: SIZE, sort: 'purchasedOn,desc' });
  const remove = useDeletePurchase();
  const euros = (cents: number) => formatEuros(cents, i18n.language);
  const goTo = (next: number) => {
    const copy = new URLSearchParams(params);
    copy.set('achatsPage', String(next));
    setParams(copy, { replace: true });
  };
  const data = purchases.data;
  const pages = data === undefined ? 1 : pageCount(data.total, SIZE);

  return (
    <section aria-labelledby="elsewhere-title" className="fr-mt-4w">
      <h3 id="elsewhere-title">{t('reporting.agec.purchasesTitle')}</h3>
      <p className="fr-text--sm" data-testid="donation-note">
        {t('reporting.agec.purchasesIntro')}
      </p>
      {data !== undefined && data.items.length === 0 && <p>{t('reporting.agec.purchasesEmpty')}</p>}
      {data !== undefined && data.items.length > 0 && (
        <div className="fr-table fr-table--sm" data-testid="purchases-table">
          <table tabIndex={0}>
            <caption>{t('reporting.agec.purchasesTable', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reporting.agec.purchasedOn')}</th>
                <th scope="col">{t('reporting.agec.category')}</th>
                <th scope="col">{t('reporting.agec.description')}</th>
                <th scope="col">{t('reporting.agec.supplierName')}</th>
                <th scope="col">{t('reporting.agec.amountTotal')}</th>
                <th scope="col">{t('reporting.agec.amountReuse')}</th>
                <th scope="col">{t('reporting.agec.amountDonation')}</th>
                <th scope="col">{t('reporting.agec.amountRecycled')}</th>
                {admin && <th scope="col">{t('reporting.agec.delete')}</th>}
              </tr>
            </thead>
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <td>{p.purchasedOn}</td>
                  <td>{p.category}</td>
                  <td>{p.description}</td>
                  <td>{p.supplierName}</td>
                  <td>{euros(p.totalExclVatCents)}</td>
                  <td>{euros(p.reuseCents)}</td>
                  <td>{euros(p.donationCents)}</td>
                  <td>{euros(p.recycledCents)}</td>
                  {admin && (
                    <td>
                      <button
                        type="button"
                        className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline"
                        aria-label={t('reporting.agec.deleteLabel', { description: p.description })}
                        disabled={remove.isPending}
                        onClick={() => {
                          remove.mutate(p.id);
                        }}
                      >
                        {t('reporting.agec.delete')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="fr-text--sm">
            {t('reporting.agec.pageOf', { page: page + 1, pages })}{' '}
            <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" disabled={page === 0} onClick={() => { goTo(page - 1); }}>
              {t('reporting.agec.previous')}
            </button>{' '}
            <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" disabled={page + 1 >= pages} onClick={() => { goTo(page + 1); }}>
              {t('reporting.agec.next')}
            </button>
          </p>
        </div>
      )}
      {admin && <AddPurchaseForm year={year} categories={categories} />}
      {admin && <ImportPurchasesForm />}
    </section>
  );
}

/** Every field error of a problem, listed with its field (rows[n].field for an import). */
export function ProblemErrors({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return null;
  const errors: FieldError[] = error.problem.errors ?? [];
  return (
    <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert" data-testid="problem-errors">
      <p className="fr-alert__title">{errors.length > 0 ? t('reporting.agec.errorsTitle') : problemText(error, t('form.unexpected'))}</p>
      {errors.length > 0 && (
        <ul>
          {errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <code>{e.field}</code> : {codedText(e, e.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const EMPTY = { purchasedOn: '', category: '', description: '', supplierName: '', total: '', reuse: '0', donation: '0', recycled: '0' };

function AddPurchaseForm({ year, categories }: { year: number; categories: string[] }) {
  const { t } = useTranslation();
  const create = useCreatePurchase();
  const [form, setForm] = useState({ ...EMPTY, purchasedOn: `${String(year)}-01-01` });
  const [badAmounts, setBadAmounts] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const field = (name: keyof typeof EMPTY) => ({
    id: `purchase-${name}`,
    value: form[name],
    onChange: (event: { target: { value: string } }) => {
      setForm({ ...form, [name]: event.target.value });
    },
  });

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setDone(false);
    const amounts = { total: parseEuros(form.total), reuse: parseEuros(form.reuse), donation: parseEuros(form.donation), recycled: parseEuros(form.recycled) };
    const bad = Object.entries(amounts).filter(([, v]) => v === null).map(([k]) => k);
    setBadAmounts(bad);
    if (bad.length > 0) return;
    const input: PurchaseInput = {
      purchasedOn: form.purchasedOn,
      category: form.category,
      description: form.description,
      supplierName: form.supplierName,
      totalExclVatCents: amounts.total ?? 0,
      reuseCents: amounts.reuse ?? 0,
      donationCents: amounts.donation ?? 0,
      recycledCents: amounts.recycled ?? 0,
    };
    create.mutate(input, {
      onSuccess: () => {
        setDone(true);
        setForm({ ...EMPTY, purchasedOn: form.purchasedOn });
      },
    });
  }

  const amount = (name: 'total' | 'reuse' | 'donation' | 'recycled', label: string) => (
    <div className={`fr-input-group${badAmounts.includes(name) ? ' fr-input-group--error' : ''}`}>
      <label className="fr-label" htmlFor={`purchase-${name}`}>
        {label}
      </label>
      <input className="fr-input" inputMode="decimal" required={name === 'total'} {...field(name)} />
      {badAmounts.includes(name) && <p className="fr-error-text">{t('reporting.agec.badAmount')}</p>}
    </div>
  );

  return (
    <form onSubmit={submit} className="fr-mt-3w" aria-labelledby="add-purchase-title" data-testid="add-purchase">
      <h4 id="add-purchase-title">{t('reporting.agec.addTitle')}</h4>
      {create.error !== null && <ProblemErrors error={create.error} />}
      {done && <p className="fr-alert fr-alert--success fr-alert--sm" role="status">{t('reporting.agec.added')}</p>}
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="purchase-purchasedOn">
          {t('reporting.agec.purchasedOn')}
        </label>
        <input className="fr-input" type="date" required {...field('purchasedOn')} />
      </div>
      <div className="fr-select-group">
        <label className="fr-label" htmlFor="purchase-category">
          {t('reporting.agec.category')}
        </label>
        <select className="fr-select" required {...field('category')}>
          <option value="">{t('reporting.agec.chooseCategory')}</option>
          {categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="purchase-description">
          {t('reporting.agec.description')}
        </label>
        <input className="fr-input" required maxLength={500} {...field('description')} />
      </div>
      <div className="fr-input-group">
        <label className="fr-label" htmlFor="purchase-supplierName">
          {t('reporting.agec.supplierName')}
        </label>
        <input className="fr-input" required maxLength={200} {...field('supplierName')} />
      </div>
      {amount('total', t('reporting.agec.totalEuros'))}
      {amount('reuse', t('reporting.agec.reuseEuros'))}
      {amount('donation', t('reporting.agec.donationEuros'))}
      {amount('recycled', t('reporting.agec.recycledEuros'))}
      <button type="submit" className="fr-btn" disabled={create.isPending}>
        {t('reporting.agec.add')}
      </button>
    </form>
  );
}

function ImportPurchasesForm() {
  const { t } = useTranslation();
  const upload = useImportPurchases();
  const [file, setFile] = useState<File | null>(null);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (file !== null) upload.mutate(file);
  }

  return (
    <form onSubmit={submit} className="fr-mt-3w" aria-labelledby="import-purchases-title" data-testid="import-purchases">
      <h4 id="import-purchases-title">{t('reporting.agec.importTitle')}</h4>
      {upload.error !== null && <ProblemErrors error={upload.error} />}
      {upload.data !== undefined && (
        <p className="fr-alert fr-alert--success fr-alert--sm" role="status">
          {t('reporting.agec.imported', { count: upload.data.imported })}
        </p>
      )}
      <div className="fr-upload-group">
        <label className="fr-label" htmlFor="purchases-file">
          {t('reporting.agec.importFile')}
          <span className="fr-hint-text">{t('reporting.agec.importHint')}</span>
        </label>
        <input
          className="fr-upload"
          type="file"
          id="purchases-file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary fr-mt-1w" disabled={file === null || upload.isPending}>
        {t('reporting.agec.importButton')}
      </button>
    </form>
  );
}
