import { formatDate } from '../../../domain/dates';
import type { ProfileKey, RuleProfile } from '../../../domain/profile';
import { DEPOSIT_STATUSES, NOMINATION_KINDS } from '../../../domain/types';
import { useWords } from '../../i18n/messages';
import { momentText, scalarText, SETTINGS } from './profile-settings';

/** A setting's value as a clerk reads it. */
export function SettingValue({ setting, profile, electionDay }: { setting: ProfileKey; profile: RuleProfile; electionDay: string }) {
  const words = useWords();
  const { t } = words;
  const kind = SETTINGS[setting];
  const value = profile[setting];
  switch (kind.type) {
    case 'integer':
    case 'number':
      return <>{words.number(Number(value))}</>;
    case 'share':
      return <>{words.percent(Number(value))}</>;
    case 'date':
      return <>{formatDate(scalarText(value))}</>;
    case 'moment':
      return <>{momentText(scalarText(value))}</>;
    case 'ageDate':
      return <>{value === 'election-day' ? t('settings.electionDay', { date: formatDate(electionDay) }) : formatDate(scalarText(value))}</>;
    case 'choice':
      return <>{t(`settings.choice.${scalarText(value)}`)}</>;
    case 'flag':
      return <>{value === true ? t('settings.yes') : t('settings.no')}</>;
    case 'documents':
      return (
        <ul className="plain-list">
          {NOMINATION_KINDS.map((k) => (
            <li key={k}>
              <strong>{t(`kind.${k}`)}:</strong>{' '}
              {profile.documents[k].length === 0 ? t('settings.noDocuments') : profile.documents[k].map((d) => t(`document.${d}`)).join(', ')}
            </li>
          ))}
        </ul>
      );
    case 'documentSet':
      return <>{profile.waivableDocuments.length === 0 ? t('settings.noWaivable') : profile.waivableDocuments.map((d) => t(`document.${d}`)).join(', ')}</>;
    case 'rates':
      return (
        <ul className="plain-list">
          {DEPOSIT_STATUSES.map((s) => (
            <li key={s}>
              {t(`depositStatus.${s}`)}: {words.percent(profile.depositRates[s])}
            </li>
          ))}
        </ul>
      );
  }
}
