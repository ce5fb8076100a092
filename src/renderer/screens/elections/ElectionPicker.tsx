import { useEffect, useRef } from 'react';
import type { ElectionView } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { useResult } from '../../lib/useResult';
import { ElectionList } from './ElectionList';
import { NewElectionForm } from './NewElectionForm';

export function ElectionPicker({ currentId, onOpen }: { currentId: number | null; onOpen: (e: ElectionView) => void }) {
  const { t } = useWords();
  const elections = useResult('elections', () => call('elections.list', {}));
  const presets = useResult('presets', () => call('elections.presets', {}));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="screen" aria-labelledby="picker-title">
      <h1 id="picker-title" tabIndex={-1} ref={heading}>
        {t('picker.title')}
      </h1>
      {elections.state === 'loading' && <p role="status">{t('common.loading')}</p>}
      {elections.state === 'error' && <ErrorNotice error={elections.error} onRetry={elections.reload} />}
      {elections.state === 'ok' && <ElectionList elections={elections.value} currentId={currentId} onOpen={onOpen} />}
      {presets.state === 'error' && <ErrorNotice error={presets.error} onRetry={presets.reload} />}
      {presets.state === 'ok' && <NewElectionForm presets={presets.value} onCreated={onOpen} />}
    </section>
  );
}
