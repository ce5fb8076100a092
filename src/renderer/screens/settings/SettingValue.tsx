import { formatDate } from '../../../domain/dates';
import type { ProfileKey, RuleProfile } from '../../../domain/profile';
import { DEPOSIT_STATUSES, NOMINATION_KINDS } from '../../../domain/types';
import { useWords, type Words } from '../../i18n/messages';
import { momentText, scalarText, SETTINGS } from './profile-settings';

/** A number as the reader's language writes it: grouped thousands, and a decimal comma in Kazakh and Russian. */
export function decimal(n: number, words: Pick<Words, 'number' | 'lang'>): string {
  const text = words.number(n);
  return words.lang === 'en' ? text : text.replace('.', ',');
}

export const percent = (share: number, words: Pick<Words, 'number' | 'lang'>): string =>
  `${decimal(Math.round(share * 100 * 1e6) / 1e6, words)}\u00a0%`;

/** A setting's value as a clerk reads it. */
export function SettingValue({ setting, profile, electionDay }: { setting: ProfileKey; profile: RuleProfile; electionDay: string }) {
  const words = useWords();
  const { t } = words;
  const kind = SETTINGS[setting];
  const value = profile[setting];
  switch (kind.type) {
    case 'integer':
    case 'number':
      return <>{decimal(Number(value), words)}</>;
    case 'share':
      return <>{percent(Number(value), words)}</>;
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
              {t(`depositStatus.${s}`)}: {percent(profile.depositRates[s], words)}
            </li>
          ))}
        </ul>
      );
  }
}
