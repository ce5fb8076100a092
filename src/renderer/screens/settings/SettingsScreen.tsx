import { useEffect, useRef, useState } from 'react';
import type { ElectionView } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { electionTitle } from '../../lib/election';
import { CommissionSection } from './CommissionSection';
import { DepositSection } from './DepositSection';
import { ProfileEditor } from './ProfileEditor';
import { ProfileTable } from './ProfileTable';

/** A part of the settings another screen sends the clerk to: it is brought into view and focused. */
export type SettingsPart = 'commission' | 'deposit';

/** The election's commission; its rule profile, every setting with how sure the law is of it, the open ones editable; deposits. */
export function SettingsScreen({ election, part }: { election: ElectionView; part?: SettingsPart | undefined }) {
  const { t, lang } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<Said | null>(null);
  useEffect(() => {
    const target = part ? document.getElementById(`${part}-title`) : heading.current;
    target?.scrollIntoView({ block: 'start' });
    target?.focus();
  }, [part]);
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
