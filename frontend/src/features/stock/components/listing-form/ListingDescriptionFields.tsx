import { useTranslation } from 'react-i18next';
import { InputField, RadioGroup, SelectField } from '../../../../components/form';
import { CONDITIONS, KINDS, ORIGINS } from '../../api/stock';
import type { LeafGroup } from '../useStockReferences';
import { CategorySelect } from './CategorySelect';
import { fieldId as id, type SectionProps } from './sectionProps';

const ENERGY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;

/** What the item is: its identification, its state and its dimensions. */
export function ListingDescriptionFields({ draft, errors, set, label, categories }: SectionProps & { categories: LeafGroup[] }) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="fr-fieldset" aria-labelledby="listing-identification">
        <legend className="fr-fieldset__legend" id="listing-identification">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.identification')}</h2>
        </legend>
        <div className="fr-fieldset__element">
          <InputField id={id('sku')} label={label('sku')} hint={t('stockListing.skuHint')} required value={draft.sku} onChange={set('sku')} error={errors.sku} />
        </div>
        <div className="fr-fieldset__element">
          <RadioGroup
            id={id('kind')}
            legend={label('kind')}
            inline
            options={KINDS.map((k) => ({ value: k, label: t(`listingKind.${k}`) }))}
            value={draft.kind}
            onChange={set('kind')}
            error={errors.kind}
          />
        </div>
        <div className="fr-fieldset__element">
          <InputField id={id('title')} label={label('title')} required value={draft.title} onChange={set('title')} error={errors.title} />
        </div>
        <div className="fr-fieldset__element">
          <InputField
            id={id('description')}
            label={label('description')}
            textarea
            value={draft.description}
            onChange={set('description')}
            error={errors.description}
          />
        </div>
        <div className="fr-fieldset__element">
          <CategorySelect
            id={id('categoryId')}
            label={label('categoryId')}
            groups={categories}
            value={draft.categoryId}
            onChange={set('categoryId')}
            error={errors.categoryId}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField id={id('brand')} label={label('brand')} value={draft.brand} onChange={set('brand')} error={errors.brand} />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField id={id('model')} label={label('model')} value={draft.model} onChange={set('model')} error={errors.model} />
        </div>
        {draft.kind === 'UNIQUE_ITEM' && (
          <div className="fr-fieldset__element fr-fieldset__element--inline">
            <InputField
              id={id('serialNumber')}
              label={label('serialNumber')}
              value={draft.serialNumber}
              onChange={set('serialNumber')}
              error={errors.serialNumber}
            />
          </div>
        )}
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="listing-state">
        <legend className="fr-fieldset__legend" id="listing-state">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.state')}</h2>
        </legend>
        <div className="fr-fieldset__element">
          <RadioGroup
            id={id('condition')}
            legend={label('condition')}
            inline
            options={CONDITIONS.map((c) => ({ value: c, label: t(`condition.${c}`) }))}
            value={draft.condition}
            onChange={set('condition')}
            error={errors.condition}
          />
        </div>
        <div className="fr-fieldset__element">
          <RadioGroup
            id={id('origin')}
            legend={label('origin')}
            inline
            options={ORIGINS.map((o) => ({ value: o, label: t(`origin.${o}`) }))}
            value={draft.origin}
            onChange={set('origin')}
            error={errors.origin}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField
            id={id('warrantyMonths')}
            label={label('warrantyMonths')}
            inputMode="numeric"
            value={draft.warrantyMonths}
            onChange={set('warrantyMonths')}
            error={errors.warrantyMonths}
          />
        </div>
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <SelectField
            id={id('energyClass')}
            label={label('energyClass')}
            hint={t('form.optional')}
            options={[{ value: '', label: t('stockListing.energyClassNone') }, ...ENERGY_CLASSES.map((c) => ({ value: c, label: c }))]}
            value={draft.energyClass}
            onChange={set('energyClass')}
            error={errors.energyClass}
          />
        </div>
      </fieldset>

      <fieldset className="fr-fieldset" aria-labelledby="listing-dimensions">
        <legend className="fr-fieldset__legend" id="listing-dimensions">
          <h2 className="fr-h4 fr-mb-0">{t('stockListing.dimensions')}</h2>
        </legend>
        {(['lengthCm', 'widthCm', 'heightCm'] as const).map((field) => (
          <div className="fr-fieldset__element fr-fieldset__element--inline" key={field}>
            <InputField id={id(field)} label={label(field)} inputMode="numeric" value={draft[field]} onChange={set(field)} error={errors[field]} />
          </div>
        ))}
        <div className="fr-fieldset__element fr-fieldset__element--inline">
          <InputField
            id={id('weightKg')}
            label={label('weightKg')}
            hint={t('stockListing.weightHint')}
            inputMode="decimal"
            value={draft.weightKg}
            onChange={set('weightKg')}
            error={errors.weightKg}
          />
        </div>
      </fieldset>
    </>
  );
}
