import type { FieldErrors } from '../../../../components/form';
import type { FormDraft } from '../listingDraft';

/** What every fieldset of the listing form reads and writes. */
export interface SectionProps {
  draft: FormDraft;
  errors: FieldErrors;
  set: (field: keyof FormDraft) => (value: string) => void;
  label: (field: keyof FormDraft) => string;
}

/** The input id of a field (the error summary links to it). */
export const fieldId = (field: keyof FormDraft) => `listing-${field}`;
