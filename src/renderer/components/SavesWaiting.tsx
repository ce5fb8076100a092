import { useIsMutating } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWords } from '../i18n/messages';
import { writesNow } from '../queries/jobs';

/** How long a change may be on its way before the page asks whether it waits for another write. */
const ASK_AFTER_MS = 1000;

/**
 * While another clerk's large import is being written, every save waits for it (all or nothing, one transaction):
 * for half a minute at 100,000 rows. Without a word the form seems to hang and the clerk saves again or gives up;
 * this says what it waits for, how far that is, and that nothing needs repeating.
 */
export function SavesWaiting() {
  const { t, number } = useWords();
  const changing = useIsMutating() > 0;
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!changing) return;
    const timer = setTimeout(() => setLong(true), ASK_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setLong(false);
    };
  }, [changing]);
  const asking = changing && long;
  const now = writesNow.useQuery(asking).data;
  if (!asking || !now || now.waiting === 0) return null;
  const writer = now.writers.find((w) => !w.yours);
  const progress = !writer
    ? ''
    : writer.total > 0
      ? t('job.count', { done: number(writer.done), total: number(writer.total) })
      : t('job.rowsRead', { done: number(writer.done) });
  return (
    <p className="notice notice-warning notice-floating" role="status">
      {writer ? t('job.savesWait', { by: writer.by, progress }) : t('job.savesWaitUnknown')}
    </p>
  );
}
