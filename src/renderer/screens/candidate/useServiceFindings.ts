import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../../domain/finding';
import type { NominationInput, PersonInput } from '../../../domain/types';
import { call } from '../../api/client';
import { onlyFromService } from '../../lib/findings';
import { useDebounced } from '../../lib/useDebounced';

/** What `checks.candidate` is asked: the candidate as typed, and which stored records it is. */
export interface CheckInput {
  electionId: number;
  nominationId?: number;
  personId?: number;
  person: PersonInput;
  nomination: NominationInput;
}

const SETTLE_MS = 400;

/**
 * What the service adds to the form's own findings (the other candidates considered), asked once the clerk stops
 * typing for a moment and nothing is saved. `input` is null while the form has format errors: the service could
 * not read it, and the last answer stands. `local` gives the form's own findings for an input, so that only what
 * the service alone knows is kept.
 */
export function useServiceFindings(
  input: CheckInput | null,
  local: (input: CheckInput) => Finding[],
  initial: readonly Finding[],
): Finding[] {
  const key = input === null ? null : JSON.stringify(input);
  const settled = useDebounced(key, SETTLE_MS);
  const [found, setFound] = useState<Finding[]>([...initial]);
  const localNow = useRef(local);
  localNow.current = local;

  useEffect(() => {
    if (settled === null) return;
    const asked = JSON.parse(settled) as CheckInput;
    let current = true;
    void call('checks.candidate', asked).then((result) => {
      if (current && result.ok) setFound(onlyFromService(result.value, localNow.current(asked)));
    });
    return () => {
      current = false;
    };
  }, [settled]);
  return found;
}
