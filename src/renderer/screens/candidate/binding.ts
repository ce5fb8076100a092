import type { Finding } from '../../../domain/finding';
import type { CandidateDraft, DraftField } from './draft';

/** The id of a field's control: `cf-birthDate`, `cf-declarations.corruption`, `cf-documents.deposit`. */
export const fieldId = (field: string): string => `cf-${field}`;

/** What each section needs to lay out one field of the draft. */
export interface Binding {
  draft: CandidateDraft;
  update: <K extends DraftField>(field: K, value: CandidateDraft[K]) => void;
  /**
   * Changes one part of a field made of parts (a declaration, a document), named as its findings name it
   * (`declarations.corruption`, `documents.deposit`).
   */
  updatePart: (field: string, change: (d: CandidateDraft) => CandidateDraft) => void;
  /** id, label, visible findings and whether the field is locked; `field` as findings name it. */
  props: (field: string) => { id: string; label: string; findings: Finding[] | undefined; disabled: boolean };
}
