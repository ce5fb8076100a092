import { useId, useState } from 'react';
import { IMPORT_TEMPLATES, type ImportTemplate } from '../../../domain/import-records';
import { LANGS, type Lang } from '../../../domain/types';
import { LANGUAGE_NAMES } from '../../i18n/language';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { templateSave } from '../../queries/imports';
import { saveStatus } from './save-status';

/**
 * An empty workbook to fill in: a party's list or district nominations, its headers and its drop-downs (the
 * election's regions and parties among them) in the language chosen.
 */
export function TemplatePanel({ electionId }: { electionId: number }) {
  const { t, lang, say } = useWords();
  const ids = useId();
  const [template, setTemplate] = useState<ImportTemplate>('party-list');
  const [templateLang, setTemplateLang] = useState<Lang>(lang);
  const save = templateSave.useMutation();
  const [status, setStatus] = useState<Said | null>(null);

  const onDownload = async (): Promise<void> => {
    setStatus(said('importScreen.template.writing'));
    setStatus(saveStatus(await save.mutateAsync({ template, lang: templateLang, electionId })));
  };

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('importScreen.template.title')}</h2>
      <p className="field-hint">{t('importScreen.template.hint')}</p>
      <div className="import-controls">
        <div className="field">
          <label htmlFor={`${ids}-kind`}>{t('importScreen.template.kind')}</label>
          <select id={`${ids}-kind`} value={template} onChange={(e) => setTemplate(e.target.value as ImportTemplate)}>
            {IMPORT_TEMPLATES.map((k) => (
              <option key={k} value={k}>{t(`importScreen.template.name.${k}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${ids}-lang`}>{t('importScreen.template.language')}</label>
          <select id={`${ids}-lang`} value={templateLang} onChange={(e) => setTemplateLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</option>
            ))}
          </select>
        </div>
        <button type="button" disabled={save.isPending} onClick={() => void onDownload()}>
          {t('importScreen.template.download')}
        </button>
      </div>
      <p className="import-status" role="status" aria-live="polite">{say(status)}</p>
    </section>
  );
}
