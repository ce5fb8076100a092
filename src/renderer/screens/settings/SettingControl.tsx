import type { Finding } from '../../../domain/finding';
import type { ProfileKey } from '../../../domain/profile';
import { DEPOSIT_STATUSES, DOCUMENTS, NOMINATION_KINDS } from '../../../domain/types';
import { CheckboxField, DateField, FindingList, SelectField, TextField } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { draftDocuments, draftDocumentSet, SETTINGS, toggleDocument, toggleInSet, type SettingsDraft } from './profile-settings';

interface Props {
  setting: ProfileKey;
  draft: SettingsDraft;
  onDraft: (draft: SettingsDraft) => void;
  /** Findings by the draft field they concern (`minAge`, `depositRates.half`, `documents`). */
  findings: Map<string, Finding[]>;
  electionDay: string;
}

export const settingId = (field: string): string => `ps-${field}`;

/** The control a setting is changed with: a number, a date, a choice, or the document lists per nomination kind. */
export function SettingControl({ setting, draft, onDraft, findings, electionDay }: Props) {
  const { t, spellDate } = useWords();
  const kind = SETTINGS[setting];
  const label = t(`setting.${setting}`);
  const text = (field: string): string => draft[field] ?? '';
  const set = (field: string) => (value: string) => onDraft({ ...draft, [field]: value });
  const base = (field: string) => ({ id: settingId(field), findings: findings.get(field) });

  switch (kind.type) {
    case 'integer':
    case 'number':
      return (
        <TextField {...base(setting)} label={label} inputMode="numeric" maxLength={12} value={text(setting)} onChange={set(setting)}
          hint={t('settings.range', { min: kind.min, max: kind.max })} />
      );
    case 'share':
      return (
        <TextField {...base(setting)} label={label} inputMode="numeric" maxLength={8} value={text(setting)} onChange={set(setting)}
          hint={t('settings.percentHint')} />
      );
    case 'date':
      return <DateField {...base(setting)} label={label} value={text(setting)} onChange={set(setting)} />;
    case 'moment':
      return (
        <TextField {...base(setting)} label={label} maxLength={16} value={text(setting)} onChange={set(setting)}
          hint={t('settings.momentHint')} />
      );
    case 'choice':
      return (
        <SelectField {...base(setting)} label={label} value={text(setting)} onChange={set(setting)}
          choices={kind.options.map((o) => ({ value: o, label: t(`settings.choice.${o}`) }))} />
      );
    case 'flag':
      return (
        <CheckboxField {...base(setting)} label={label} checked={text(setting) === 'yes'}
          onChange={(on) => onDraft({ ...draft, [setting]: on ? 'yes' : 'no' })} />
      );
    case 'ageDate': {
      const onDay = text(setting) === 'election-day';
      return (
        <div className="setting-group">
          <SelectField {...base(`${setting}.mode`)} label={label} value={onDay ? 'election-day' : 'date'}
            choices={[
              { value: 'election-day', label: t('settings.electionDay', { date: spellDate(electionDay) }) },
              { value: 'date', label: t('settings.otherDate') },
            ]}
            onChange={(v) => onDraft({ ...draft, [setting]: v === 'election-day' ? 'election-day' : '' })} />
          {!onDay && (
            <DateField {...base(setting)} label={t('settings.otherDate')} value={text(setting)} onChange={set(setting)} />
          )}
        </div>
      );
    }
    case 'rates':
      return (
        <fieldset className="setting-group">
          <legend>{label}</legend>
          <div className="field-grid">
            {DEPOSIT_STATUSES.map((s) => (
              <TextField key={s} {...base(`${setting}.${s}`)} label={t(`depositStatus.${s}`)} inputMode="numeric" maxLength={8}
                value={text(`${setting}.${s}`)} onChange={set(`${setting}.${s}`)} hint={t('settings.percentHint')} />
            ))}
          </div>
        </fieldset>
      );
    case 'documentSet': {
      const chosen = draftDocumentSet(draft, setting);
      return (
        <fieldset className="setting-group">
          <legend>{label}</legend>
          <FindingList findings={findings.get(setting) ?? []} />
          {DOCUMENTS.map((doc) => {
            const id = settingId(`${setting}.${doc}`);
            return (
              <div key={doc} className="checkbox-line">
                <input type="checkbox" id={id} checked={chosen.includes(doc)}
                  onChange={(e) => onDraft(toggleInSet(draft, setting, doc, e.target.checked))} />
                <label htmlFor={id}>{t(`document.${doc}`)}</label>
              </div>
            );
          })}
        </fieldset>
      );
    }
    case 'documents':
      return (
        <fieldset className="setting-group">
          <legend>{label}</legend>
          <FindingList findings={findings.get(setting) ?? []} />
          <div className="documents-grid">
            {NOMINATION_KINDS.map((k) => {
              const chosen = draftDocuments(draft, k);
              return (
                <fieldset key={k} className="documents-kind">
                  <legend>{t(`kind.${k}`)}</legend>
                  {DOCUMENTS.map((doc) => {
                    const id = settingId(`documents.${k}.${doc}`);
                    return (
                      <div key={doc} className="checkbox-line">
                        <input type="checkbox" id={id} checked={chosen.includes(doc)}
                          onChange={(e) => onDraft(toggleDocument(draft, k, doc, e.target.checked))} />
                        <label htmlFor={id}>{t(`document.${doc}`)}</label>
                      </div>
                    );
                  })}
                </fieldset>
              );
            })}
          </div>
        </fieldset>
      );
  }
}
