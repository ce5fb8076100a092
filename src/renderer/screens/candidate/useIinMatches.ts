import { useEffect, useState } from 'react';
import { iinProblem } from '../../../domain/iin';
import type { PersonView } from '../../../service/contract';
import { call } from '../../api/client';
import { useDebounced } from '../../lib/useDebounced';

/** People on file whose IIN is the one being typed, looked up once the IIN is complete and valid. */
export function useIinMatches(iin: string, enabled: boolean): PersonView[] {
  const settled = useDebounced(iin, 250);
  const [matches, setMatches] = useState<PersonView[]>([]);
  useEffect(() => {
    if (!enabled || iinProblem(settled) !== null) {
      setMatches([]);
      return;
    }
    let current = true;
    void call('persons.search', { query: settled, limit: 5 }).then((result) => {
      if (current) setMatches(result.ok ? result.value.filter((p) => p.iin === settled) : []);
    });
    return () => {
      current = false;
    };
  }, [settled, enabled]);
  return matches;
}
