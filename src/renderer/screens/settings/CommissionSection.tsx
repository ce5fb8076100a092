import { useState, type FormEvent } from 'react';
import { COMMISSION_LEVELS, standardCommissionName, type Commission, type CommissionLevel } from '../../../domain/commission';
import type { Localized } from '../../../domain/types';
import type { ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextField } from '../../components/fields';
import { useWords, type ServiceError } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { districtChoices } from '../../lib/choices';
import { byField, findingsOfError } from '../../lib/findings';
import { formKeys } from '../../lib/form-keys';
import { REFERENCE_REGIONS } from '../../lib/reference';
import { serviceError } from '../../queries/client';
import { useElectionData } from '../../queries/elections';
import { commissionUpdate } from '../../queries/settings';

const NAME_LANGS = ['kk', 'ru', 'en'] as const;

/**
 * Whose documents the election's are: the commission's level and its name in each language, as every print and
 * report heads with it. The standard name of a level can be filled in, and then corrected.
 */
export function CommissionSection({ election }: { election: ElectionView }) {
  const words = useWords();
  const { t, lang } = words;
  const data = useElectionData(election.id);
  const [level, setLevel] = useState<CommissionLevel>(election.commission.level);
  const [name, setName] = useState<Localized>(election.commission.name);
  const [regionCode, setRegionCode] = useState(election.regionCode ?? '');
  const [districtId, setDistrictId] = useState('');
  const [refusal, setRefusal] = useState<ServiceError | null>(null);
  const [saying, setSaying] = useState<Said | null>(null);
  const update = commissionUpdate.useMutation(election.id);
  const fields = byField(refusal ? findingsOfError(refusal) : []);

  const region = REFERENCE_REGIONS.find((r) => r.code === regionCode)?.name ?? null;
  const district = data.districts.find((d) => String(d.id) === districtId) ?? null;
  const standard = standardCommissionName(level, { region, districtNumber: district?.number ?? null });
  const changed = (next: () => void): void => {
    next();
    setRefusal(null);
    setSaying(null);
  };

  async function save(): Promise<void> {
    if (update.isPending) return;
    const commission: Commission = { level, name };
    if (JSON.stringify(commission) === JSON.stringify(election.commission)) {
      setSaying(said('settings.nothingChanged'));
      return;
    }
    try {
      await update.mutateAsync(commission);
    } catch (error) {
      setRefusal(serviceError(error as Error));
      return;
    }
    setSaying(said('settings.commissionSaved'));
  }
  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    void save();
  };
  const general = refusal && findingsOfError(refusal).length === 0 ? refusal : null;

  return (
    <form className="panel" aria-labelledby="commission-title" onSubmit={onSubmit} onKeyDown={formKeys} noValidate>
      <h2 id="commission-title" tabIndex={-1}>{t('settings.commissionTitle')}</h2>
      <p className="section-hint">{t('settings.commissionHint')}</p>
      <div className="field-grid commission-place">
        <SelectField id="commission-level" label={t('settings.commissionLevel')} required value={level}
          onChange={(v) => changed(() => setLevel(v as CommissionLevel))}
          choices={COMMISSION_LEVELS.map((l) => ({ value: l, label: t(`commissionLevel.${l}`) }))} />
        {level === 'territorial' && (
          <SelectField id="commission-region" label={t('settings.commissionRegion')} value={regionCode} empty={t('form.choose')}
            onChange={(v) => changed(() => setRegionCode(v))}
            choices={REFERENCE_REGIONS.map((r) => ({ value: r.code, label: r.name[lang] }))} />
        )}
        {level === 'district' && (
          <SelectField id="commission-district" label={t('settings.commissionDistrict')} value={districtId} empty={t('form.choose')}
            onChange={(v) => changed(() => setDistrictId(v))}
            choices={districtChoices(data.districts, words)} />
        )}
      </div>
      <div className="actions">
        <button type="button" disabled={standard === null} onClick={() => standard && changed(() => setName(standard))}>
          {t('settings.commissionStandard')}
        </button>
      </div>
      <div className="field-grid commission-names">
        {NAME_LANGS.map((l) => (
          <TextField key={l} id={`commission-name-${l}`} label={t(`settings.commissionName.${l}`)} required={l !== 'en'} optional={l === 'en'}
            value={name[l]} maxLength={300} findings={fields.get(`commission.name.${l}`)}
            onChange={(v) => changed(() => setName((n) => ({ ...n, [l]: v })))} />
        ))}
      </div>
      {general && <ErrorNotice error={general} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t('form.saving') : t('settings.commissionSave')}
        </button>
      </div>
      <p role="status" className="notice notice-ok" hidden={saying === null}>
        {words.say(saying)}
      </p>
    </form>
  );
}
