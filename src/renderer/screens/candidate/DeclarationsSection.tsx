import { DECLARATION_ANSWERS, DECLARATIONS, SERVICE_RESTRICTIONS, type DeclarationAnswer, type ServiceRestriction } from '../../../domain/types';
import { SelectField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import type { Binding } from './binding';

/**
 * What bars a person (a court's incapacity ruling, a sentence served, an unexpunged record, a corruption offence),
 * as declared and checked: each starts unknown. And the service whose staff may not belong to a party.
 */
export function DeclarationsSection({ b }: { b: Binding }) {
  const { t } = useWords();
  const { draft, props, updatePart, update } = b;
  const answers = DECLARATION_ANSWERS.map((a) => ({ value: a, label: t(`declarationAnswer.${a}`) }));
  return (
    <fieldset className="form-section">
      <legend>{t('form.declarationsSection')}</legend>
      <p className="section-hint">{t('form.declarationsHint')}</p>
      <div className="field-grid">
        {DECLARATIONS.map((d) => {
          const field = `declarations.${d}`;
          return (
            <SelectField key={d} {...props(field)} choices={answers} value={draft.declarations[d]}
              onChange={(v) =>
                updatePart(field, (x) => ({ ...x, declarations: { ...x.declarations, [d]: v as DeclarationAnswer } }))
              } />
          );
        })}
        <SelectField {...props('serviceRestriction')} value={draft.serviceRestriction}
          choices={SERVICE_RESTRICTIONS.map((s) => ({ value: s, label: t(`serviceRestriction.${s === '' ? 'none' : s}`) }))}
          onChange={(v) => update('serviceRestriction', v as ServiceRestriction)} hint={t('form.serviceRestrictionHint')} />
      </div>
    </fieldset>
  );
}
