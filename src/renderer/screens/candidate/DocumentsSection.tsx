import type { RuleProfile } from '../../../domain/profile';
import { documentStates } from '../../../domain/rules';
import type { DocumentCode, DocumentState } from '../../../domain/types';
import { SelectField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import type { Binding } from './binding';

/**
 * The documents this nomination must hand in, as the rule profile and the candidate's facts call for them. «Not
 * required» is offered only where the profile lets the commission waive the document; a state stored before that rule
 * is still shown as it is, with the finding that says it cannot stand.
 */
export function DocumentsSection({ b, required, profile }: { b: Binding; required: readonly DocumentCode[]; profile: RuleProfile }) {
  const { t } = useWords();
  const { draft, props, updatePart } = b;
  return (
    <fieldset className="form-section">
      <legend>{t('form.documentsSection')}</legend>
      {required.length === 0 ? (
        <p className="section-hint">{t('form.documentsChooseKind')}</p>
      ) : (
        <div className="field-grid">
          {required.map((doc) => {
            const field = `documents.${doc}`;
            const value = draft.documents[doc] ?? 'missing';
            const offered = documentStates(doc, required, { profile });
            const states = offered.includes(value) ? offered : [...offered, value];
            return (
              <SelectField key={doc} {...props(field)} choices={states.map((s) => ({ value: s, label: t(`documentState.${s}`) }))}
                value={value}
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
