import { useMemo, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert, ErrorSummary, fieldErrorsOf, InputField, problemText, SelectField, type FieldErrors } from '../../../components/form';
import { RequireSession } from '../../../components/RequireSession';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useDeleteTaxonomyNode, useSaveTaxonomyNode, useTaxonomy } from '../api/queries';
import { treeOrder, type TaxonomyNode } from '../api/taxonomy';

interface Draft {
  id: string;
  parentId: string;
  labelFr: string;
  labelEn: string;
  agecCategory: string;
  cpvCode: string;
  ademeSlug: string;
  position: string;
}

const EMPTY: Draft = { id: '', parentId: '', labelFr: '', labelEn: '', agecCategory: '', cpvCode: '', ademeSlug: '', position: '' };

function draftOf(node: TaxonomyNode): Draft {
  return {
    id: node.id,
    parentId: node.parentId ?? '',
    labelFr: node.labelFr,
    labelEn: node.labelEn,
    agecCategory: node.agecCategory ?? '',
    cpvCode: node.cpvCode ?? '',
    ademeSlug: node.ademeSlug ?? '',
    position: String(node.position),
  };
}

/** The operator's editor of the reuse taxonomy (labels, parent, AGEC category, CPV, ADEME product). */
export function TaxonomyPage() {
  return (
    <RequireSession role="OPERATOR">
      <TaxonomyEditor />
    </RequireSession>
  );
}

function TaxonomyEditor() {
  const { t } = useTranslation();
  useDocumentTitle(t('taxonomy.title'));
  const taxonomy = useTaxonomy();
  // A taxonomy that fails to load shows as empty, with the failure said above it.
  const nodes = taxonomy.data?.nodes ?? (taxonomy.isError ? [] : null);
  const agec = taxonomy.data?.agec ?? [];
  const loadFailure = taxonomy.isError ? problemText(taxonomy.error, t('form.unexpected')) : null;
  const save = useSaveTaxonomyNode();
  const deletion = useDeleteTaxonomyNode();
  // null: no form; 'new': a new node; otherwise the id of the node being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string; n: number } | null>(null);

  const say = (kind: 'success' | 'error', text: string) => {
    setMessage((previous) => ({ kind, text, n: (previous?.n ?? 0) + 1 }));
  };

  const loadedNodes = taxonomy.data?.nodes;
  const ordered = useMemo(() => treeOrder(loadedNodes ?? []), [loadedNodes]);
  const fields = {
    id: { id: 'taxonomy-id', label: t('taxonomy.id') },
    parentId: { id: 'taxonomy-parent', label: t('taxonomy.parent') },
    labelFr: { id: 'taxonomy-label-fr', label: t('taxonomy.labelFr') },
    labelEn: { id: 'taxonomy-label-en', label: t('taxonomy.labelEn') },
    agecCategory: { id: 'taxonomy-agec', label: t('taxonomy.agec') },
    cpvCode: { id: 'taxonomy-cpv', label: t('taxonomy.cpv') },
    ademeSlug: { id: 'taxonomy-ademe', label: t('taxonomy.ademe') },
    position: { id: 'taxonomy-position', label: t('taxonomy.position') },
  } as const;

  function edit(node: TaxonomyNode | null, parent?: TaxonomyNode) {
    setErrors({});
    if (node === null) {
      setEditing('new');
      setDraft({ ...EMPTY, parentId: parent?.id ?? '', agecCategory: parent?.agecCategory ?? '', cpvCode: parent?.cpvCode ?? '' });
    } else {
      setEditing(node.id);
      setDraft(draftOf(node));
    }
  }

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    if (editing === null) return;
    const position = draft.position.trim() === '' ? null : Number.parseInt(draft.position, 10);
    if (position !== null && Number.isNaN(position)) {
      setErrors({ position: t('taxonomy.positionInvalid') });
      return;
    }
    const input = {
      id: draft.id.trim(),
      parentId: draft.parentId === '' ? null : draft.parentId,
      labelFr: draft.labelFr,
      labelEn: draft.labelEn,
      agecCategory: draft.agecCategory === '' ? null : draft.agecCategory,
      cpvCode: draft.cpvCode.trim(),
      ademeSlug: draft.ademeSlug.trim() === '' ? null : draft.ademeSlug.trim(),
      position,
    };
    try {
      const saved = await save.mutateAsync({ id: editing === 'new' ? null : editing, input });
      say('success', t('taxonomy.saved', { label: saved.labelFr }));
      setEditing(null);
      setErrors({});
    } catch (error) {
      const byField = fieldErrorsOf(error);
      setErrors(byField);
      if (Object.keys(byField).length === 0) say('error', problemText(error, t('form.unexpected')));
    }
  }

  async function remove(node: TaxonomyNode) {
    if (!window.confirm(t('taxonomy.confirmDelete', { label: node.labelFr }))) return;
    try {
      await deletion.mutateAsync(node.id);
      say('success', t('taxonomy.deleted', { label: node.labelFr }));
    } catch (error) {
      say('error', problemText(error, t('form.unexpected')));
    }
  }

  const set = (key: keyof Draft) => (value: string) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };

  return (
    <div className="fr-container fr-py-6w">
      <nav role="navigation" className="fr-breadcrumb" aria-label={t('taxonomy.breadcrumb')}>
        <ol className="fr-breadcrumb__list">
          <li>
            <Link className="fr-breadcrumb__link" to="/operateur">
              {t('operator.heading')}
            </Link>
          </li>
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              {t('taxonomy.heading')}
            </a>
          </li>
        </ol>
      </nav>
      <h1>{t('taxonomy.heading')}</h1>
      <p>{t('taxonomy.intro')}</p>
      <p className="fr-text--sm">{t('taxonomy.source')}</p>
      {message !== null ? (
        <Alert kind={message.kind} key={message.n} testId="taxonomy-message">
          {message.text}
        </Alert>
      ) : (
        loadFailure !== null && (
          <Alert kind="error" testId="taxonomy-message">
            {loadFailure}
          </Alert>
        )
      )}
      <button type="button" className="fr-btn fr-btn--secondary fr-mb-3w" onClick={() => {
          edit(null);
        }}>
        {t('taxonomy.addRoot')}
      </button>
      {editing !== null && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="fr-mb-4w" aria-labelledby="taxonomy-form-title">
          <h2 id="taxonomy-form-title" className="fr-h4">
            {editing === 'new' ? t('taxonomy.newNode') : t('taxonomy.editNode', { id: editing })}
          </h2>
          <ErrorSummary errors={errors} fields={fields} />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <InputField id={fields.id.id} label={fields.id.label} value={draft.id} onChange={set('id')} readOnly={editing !== 'new'} hint={t('taxonomy.idHint')} error={errors.id} required />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <SelectField
                id={fields.parentId.id}
                label={fields.parentId.label}
                value={draft.parentId}
                onChange={set('parentId')}
                placeholder={t('taxonomy.noParent')}
                options={ordered.filter(({ node }) => node.id !== editing).map(({ node, depth }) => ({ value: node.id, label: `${'— '.repeat(depth)}${node.labelFr}` }))}
                error={errors.parentId}
              />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <InputField id={fields.labelFr.id} label={fields.labelFr.label} value={draft.labelFr} onChange={set('labelFr')} error={errors.labelFr} required />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <InputField id={fields.labelEn.id} label={fields.labelEn.label} value={draft.labelEn} onChange={set('labelEn')} error={errors.labelEn} required />
            </div>
            <div className="fr-col-12">
              <SelectField id={fields.agecCategory.id} label={fields.agecCategory.label} value={draft.agecCategory} onChange={set('agecCategory')} placeholder={t('taxonomy.choose')} options={agec.map((value) => ({ value, label: value }))} error={errors.agecCategory} required />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <InputField id={fields.cpvCode.id} label={fields.cpvCode.label} value={draft.cpvCode} onChange={set('cpvCode')} hint={t('taxonomy.cpvHint')} error={errors.cpvCode} required />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <InputField id={fields.ademeSlug.id} label={fields.ademeSlug.label} value={draft.ademeSlug} onChange={set('ademeSlug')} error={errors.ademeSlug} />
            </div>
            <div className="fr-col-12 fr-col-md-4">
              <InputField id={fields.position.id} label={fields.position.label} value={draft.position} onChange={set('position')} inputMode="numeric" error={errors.position} />
            </div>
          </div>
          <ul className="fr-btns-group fr-btns-group--inline">
            <li>
              <button type="submit" className="fr-btn" disabled={save.isPending}>
                {t('taxonomy.save')}
              </button>
            </li>
            <li>
              <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => {
                  setEditing(null);
                }}>
                {t('taxonomy.cancel')}
              </button>
            </li>
          </ul>
        </form>
      )}
      {nodes === null ? (
        <p aria-live="polite">{t('session.loading')}</p>
      ) : (
        <div className="fr-table" data-testid="taxonomy-table">
          <table tabIndex={0}>
            <caption>{t('taxonomy.caption', { count: nodes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('taxonomy.labelFr')}</th>
                <th scope="col">{t('taxonomy.agec')}</th>
                <th scope="col">{t('taxonomy.cpv')}</th>
                <th scope="col">{t('taxonomy.ademe')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map(({ node, depth }) => (
                <tr key={node.id} data-category={node.id}>
                  <th scope="row" style={{ paddingLeft: `${String(0.75 + depth * 1.5)}rem` }}>
                    {node.labelFr}
                    <br />
                    <span className="fr-text--xs">
                      {node.labelEn} · {node.id}
                    </span>
                  </th>
                  <td>{node.agecCategory ?? '—'}</td>
                  <td>{node.cpvCode ?? '—'}</td>
                  <td>{node.ademeSlug ?? '—'}</td>
                  <td>
                    <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
                      <li>
                        <button type="button" className="fr-btn fr-btn--secondary" aria-label={t('taxonomy.editOf', { label: node.labelFr })} onClick={() => {
                            edit(node);
                          }}>
                          {t('taxonomy.edit')}
                        </button>
                      </li>
                      <li>
                        <button type="button" className="fr-btn fr-btn--tertiary" aria-label={t('taxonomy.addChildOf', { label: node.labelFr })} onClick={() => {
                            edit(null, node);
                          }}>
                          {t('taxonomy.addChild')}
                        </button>
                      </li>
                      <li>
                        <button type="button" className="fr-btn fr-btn--tertiary-no-outline" aria-label={t('taxonomy.deleteOf', { label: node.labelFr })} onClick={() => void remove(node)}>
                          {t('taxonomy.delete')}
                        </button>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
