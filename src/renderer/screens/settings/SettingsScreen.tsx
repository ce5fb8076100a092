import { useEffect, useRef, useState } from 'react';
import type { ElectionView } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { electionTitle } from '../../lib/election';
import { CommissionSection } from './CommissionSection';
import { DepositSection } from './DepositSection';
import { ProfileEditor } from './ProfileEditor';
import { ProfileTable } from './ProfileTable';

/** The election's rule profile: every setting with how sure the law is of it, the open ones editable; deposits. */
export function SettingsScreen({ election }: { election: ElectionView }) {
  const { t, lang } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<Said | null>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="screen settings-screen" aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1} ref={heading}>
        {t('settings.title')}
      </h1>
      <p className="section-hint">{electionTitle(election, lang)}</p>
      <CommissionSection election={election} />
      <h2 id="profile-title">{t('settings.profileTitle')}</h2>
      <p className="section-hint">{t('settings.certaintyHint')}</p>
      <ProfileTable election={election} />
      <ProfileEditor
        key={JSON.stringify(election.profile)}
        election={election}
        notice={notice}
        onSaved={() => setNotice(said('settings.saved'))}
      />
      <DepositSection election={election} />
    </section>
  );
}
