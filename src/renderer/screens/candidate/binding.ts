import type { Finding } from '../../../domain/finding';
import type { CandidateDraft, DraftField } from './draft';

export const fieldId = (field: string): string => `cf-${field}`;

/** What each section needs to lay out one field of the draft. */
export interface Binding {
  draft: CandidateDraft;
  update: <K extends DraftField>(field: K, value: CandidateDraft[K]) => void;
  /** id, label, visible findings and whether the field is locked. */
  props: (field: DraftField) => { id: string; label: string; findings: Finding[] | undefined; disabled: boolean };
}
