import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DepositStatus } from '../../domain/types';
import type { ElectionView, InputOf } from '../../service/contract';
import { call } from '../api/client';
import type { ServiceError } from '../i18n/messages';
import { answer } from './client';
import { electionRecord } from './elections';
import { changes, invalidate } from './keys';

// The commission's settings of an election: the open settings of its rule profile, and each party's deposit status.
// Either changes what every candidate of the election is checked against.

export const profileUpdate = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (profileChanges: InputOf<'elections.updateProfile'>['changes']) =>
        answer('elections.updateProfile', { id: electionId, changes: profileChanges }),
      onSuccess: (election: ElectionView) => {
        client.setQueryData(electionRecord.queryKey(electionId), election);
        invalidate(client, changes.election(electionId), electionRecord.queryKey(electionId));
      },
    });
  },
};

/** Whose documents the election's are: its commission, which heads every print and report. */
export const commissionUpdate = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: (commission: InputOf<'elections.updateCommission'>['commission']) =>
        answer('elections.updateCommission', { id: electionId, commission }),
      onSuccess: (election: ElectionView) => {
        client.setQueryData(electionRecord.queryKey(electionId), election);
        // The prints and reports sit under the election's key: they head with the new commission.
        invalidate(client, changes.election(electionId), electionRecord.queryKey(electionId));
      },
    });
  },
};

export interface DepositChange {
  partyId: number;
  depositStatus: DepositStatus;
}

/** The party whose change the service refused; the changes before it are saved, the ones after it not tried. */
export type DepositRefusal = { partyId: number; error: ServiceError } | null;

export const depositsSave = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationFn: async (wanted: readonly DepositChange[]): Promise<DepositRefusal> => {
        for (const { partyId, depositStatus } of wanted) {
          const result = await call('parties.update', { id: partyId, depositStatus });
          if (!result.ok) return { partyId, error: result.error };
        }
        return null;
      },
      onSettled: () => invalidate(client, changes.election(electionId)),
    });
  },
};
