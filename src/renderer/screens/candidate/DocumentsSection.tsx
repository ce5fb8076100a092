import { DOCUMENT_STATES, type DocumentCode, type DocumentState } from '../../../domain/types';
import { SelectField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import type { Binding } from './binding';

/** The documents this nomination must hand in, as the rule profile and the candidate's facts call for them. */
export function DocumentsSection({ b, required }: { b: Binding; required: readonly DocumentCode[] }) {
  const { t } = useWords();
  const { draft, props, updatePart } = b;
  const states = DOCUMENT_STATES.map((s) => ({ value: s, label: t(`documentState.${s}`) }));
  return (
    <fieldset className="form-section">
      <legend>{t('form.documentsSection')}</legend>
      {required.length === 0 ? (
        <p className="section-hint">{t('form.documentsChooseKind')}</p>
      ) : (
        <div className="field-grid">
          {required.map((doc) => {
            const field = `documents.${doc}`;
            return (
              <SelectField key={doc} {...props(field)} choices={states} value={draft.documents[doc] ?? 'missing'}
                onChange={(v) =>
                  updatePart(field, (x) => ({ ...x, documents: { ...x.documents, [doc]: v as DocumentState } }))
                } />
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
