import type { ElectionView } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { SETTING_KEYS } from './profile-settings';
import { SettingValue } from './SettingValue';

/** Every setting of the election's rule profile, with how sure the law is of it. */
export function ProfileTable({ election }: { election: ElectionView }) {
  const { t } = useWords();
  return (
    <table className="data-table profile-table" aria-labelledby="profile-title">
      <thead>
        <tr>
          <th scope="col">{t('settings.setting')}</th>
          <th scope="col">{t('settings.value')}</th>
          <th scope="col">{t('settings.certainty')}</th>
        </tr>
      </thead>
      <tbody>
        {SETTING_KEYS.map((key) => {
          const c = election.certainty[key];
          return (
            <tr key={key}>
              <th scope="row">{t(`setting.${key}`)}</th>
              <td>
                <SettingValue setting={key} profile={election.profile} electionDay={election.electionDay} />
              </td>
              <td>
                {c ? (
                  <span className={`certainty certainty-${c}`}>
                    <span className="certainty-tag">[{c}]</span> {t(`certainty.${c}`)}
                  </span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
