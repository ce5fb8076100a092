import { useState } from 'react';
import type { BallotField, BallotValue } from '../../../domain/ballot';
import { formatDate } from '../../../domain/dates';
import { fullName } from '../../../domain/names';
import type { CandidateRow, ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Modal } from '../../components/Modal';
import { useWords, type ServiceError } from '../../i18n/messages';
import { ballotEntries, ballotResolve } from '../../queries/ballot';
import { serviceError } from '../../queries/client';
import { useElectionData } from '../../queries/elections';

interface Props {
  election: ElectionView;
  row: CandidateRow;
  onDone: (accepted: 'first' | 'second' | 'return') => void;
  onClose: () => void;
}

/** Both entries of a nomination side by side, field by field: the secretary accepts one of them, or sends it back. */
export function ResolveDialog({ election, row, onDone, onClose }: Props) {
  const { t, fieldLabel, lang } = useWords();
  const { parties, districts } = useElectionData(election.id);
  const entries = ballotEntries.useQuery(election.id, row.nominationId);
  const resolve = ballotResolve.useMutation(election.id);
  const [refusal, setRefusal] = useState<ServiceError | null>(null);

  // How a value reads on the ballot: a date as the clerk writes it, a district by number, a party by name.
  const shown = (field: BallotField, value: BallotValue): string => {
    if (value === null || value === '') return '—';
    if (field === 'birthDate' && typeof value === 'string') return formatDate(value);
    if (field === 'districtId') return t('ballot.districtNumber', { number: districts.find((d) => d.id === value)?.number ?? value });
    if (field === 'partyId') return parties.find((p) => p.id === value)?.name[lang] ?? String(value);
    return String(value);
  };
  async function decide(accept: 'first' | 'second' | 'return'): Promise<void> {
    if (!entries.data || resolve.isPending) return;
    setRefusal(null);
    try {
      await resolve.mutateAsync({ nominationId: row.nominationId, version: entries.data.version, accept });
    } catch (error) {
      setRefusal(serviceError(error as Error));
      return;
    }
    onDone(accept);
  }

  const data = entries.data;
  return (
    <Modal labelledBy="br-title" initialFocus="br-first" onClose={onClose} className="ballot-resolve">
      <h2 id="br-title">{t('ballot.resolveTitle')}</h2>
      <p className="dialog-subject">{fullName(row)}</p>
      {data && (
        <>
          <p className="section-hint">
            {t('ballot.entriesBy', { first: data.firstEntry || '—', second: data.secondEntry?.actor ?? '—' })}
          </p>
          <table className="data-table ballot-pairs">
            <caption className="visually-hidden">{t('ballot.resolveTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ballot.column.field')}</th>
                <th scope="col">{t('ballot.column.first')}</th>
                <th scope="col">{t('ballot.column.second')}</th>
                <th scope="col">{t('ballot.column.state')}</th>
              </tr>
            </thead>
            <tbody>
              {data.fields.map((p) => (
                <tr key={p.field} className={p.state === 'differs' ? 'ballot-differs' : undefined}>
                  <th scope="row">{fieldLabel(p.field)}</th>
                  <td>{shown(p.field, p.first)}</td>
                  <td>{p.state === 'differs' ? shown(p.field, p.second) : ''}</td>
                  <td>{t(`ballot.fieldState.${p.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {refusal && <ErrorNotice error={refusal} />}
      <div className="actions">
        <button type="button" id="br-first" className="primary" disabled={!data} onClick={() => void decide('first')}>
          {t('ballot.acceptFirst')}
        </button>
        <button type="button" disabled={!data} onClick={() => void decide('second')}>
          {t('ballot.acceptSecond')}
        </button>
        <button type="button" disabled={!data} onClick={() => void decide('return')}>
          {t('ballot.sendBack')}
        </button>
        <button type="button" onClick={onClose}>
          {t('ballot.close')}
        </button>
      </div>
    </Modal>
  );
}
