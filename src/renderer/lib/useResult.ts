import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../service/contract';
import type { ServiceError } from '../i18n/messages';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ok'; value: T }
  | { state: 'error'; error: ServiceError };

/** Loads once per change of `key`; a late answer for an older key is dropped. */
export function useResult<T>(key: string, load: () => Promise<Result<T>>): Loaded<T> & { reload: () => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    void load().then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { state: 'ok', value: result.value } : { state: 'error', error: result.error });
    });
    return () => {
      current = false;
    };
    // `load` is a fresh closure on every render; `key` says when it asks for something else.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...loaded, reload };
}
