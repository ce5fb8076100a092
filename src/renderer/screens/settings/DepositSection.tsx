import { useState, type FormEvent } from 'react';
import { depositKzt } from '../../../domain/profile';
import { DEPOSIT_STATUSES, type DepositStatus } from '../../../domain/types';
import type { ElectionView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { serviceError } from '../../queries/client';
import { partiesList } from '../../queries/elections';
import { depositsSave, type DepositRefusal } from '../../queries/settings';
import { formKeys } from '../../lib/form-keys';

/**
 * The election deposit: what a candidate pays at each party status (by the party's result at the previous Mazhilis
 * election), and each party's status, which the commission sets.
 */
export function DepositSection({ election }: { election: ElectionView }) {
  const words = useWords();
  const { t, lang, number } = words;
  const parties = partiesList.useQuery(election.id);
  const partiesError = serviceError(parties.error);
  const [chosen, setChosen] = useState<Record<number, DepositStatus>>({});
  const deposits = depositsSave.useMutation(election.id);
  const busy = deposits.isPending;
  const [failed, setFailed] = useState<DepositRefusal>(null);
  const [saying, setSaying] = useState<Said | null>(null);
  const profile = election.profile;
  const tenge = (status: DepositStatus): string => t('settings.tenge', { amount: number(depositKzt(profile, status)) });
  const list = parties.data ?? [];
  const statusOf = (id: number, stored: DepositStatus): DepositStatus => chosen[id] ?? stored;
  const changed = list.filter((p) => statusOf(p.id, p.depositStatus) !== p.depositStatus);

  async function save(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy) return;
    setFailed(null);
    if (changed.length === 0) {
      setSaying(said('settings.nothingChanged'));
      return;
    }
    const refusal = await deposits.mutateAsync(changed.map((p) => ({ partyId: p.id, depositStatus: statusOf(p.id, p.depositStatus) })));
    setFailed(refusal);
    setChosen({});
    setSaying(said('settings.depositSaved'));
  }

  return (
    <section className="panel" aria-labelledby="deposit-title">
      <h2 id="deposit-title" tabIndex={-1}>{t('settings.depositTitle')}</h2>
      <p className="section-hint">
        {t('settings.depositBasis', { wages: words.number(profile.depositMinimumWages), wage: number(profile.minimumWageKzt) })}
      </p>
      <table className="data-table deposit-rates" aria-labelledby="deposit-title">
        <thead>
          <tr>
            <th scope="col">{t('settings.depositStatus')}</th>
            <th scope="col" className="numeric">{t('settings.rate')}</th>
            <th scope="col" className="numeric">{t('settings.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {DEPOSIT_STATUSES.map((s) => (
            <tr key={s}>
              <th scope="row">{t(`depositStatus.${s}`)}</th>
              <td className="numeric">{words.percent(profile.depositRates[s])}</td>
              <td className="numeric">{tenge(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="party-deposits-title">{t('settings.partyDeposits')}</h3>
      {parties.isPending && <p role="status">{t('common.loading')}</p>}
      {partiesError && <ErrorNotice error={partiesError} onRetry={() => void parties.refetch()} />}
      {list.length > 0 && (
        <form onSubmit={(e) => void save(e)} onKeyDown={formKeys} noValidate>
          <table className="data-table" aria-labelledby="party-deposits-title">
            <thead>
              <tr>
                <th scope="col">{t('settings.party')}</th>
                <th scope="col">{t('settings.depositStatus')}</th>
                <th scope="col" className="numeric">{t('settings.amount')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => {
                const id = `deposit-party-${p.id}`;
                const status = statusOf(p.id, p.depositStatus);
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      <label htmlFor={id}>{p.name[lang]}</label>
                    </th>
                    <td>
                      <select id={id} value={status}
                        onChange={(e) => {
                          setChosen({ ...chosen, [p.id]: e.target.value as DepositStatus });
                          setSaying(null);
                        }}>
                        {DEPOSIT_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {t(`depositStatus.${s}`)}
                          </option>
                        ))}
                      </select>
                      {failed?.partyId === p.id && <ErrorNotice error={failed.error} />}
                    </td>
                    <td className="numeric">{tenge(status)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? t('form.saving') : t('settings.saveDeposits')}
            </button>
          </div>
          <p role="status" className="notice notice-ok" hidden={saying === null || failed !== null}>
            {words.say(saying)}
          </p>
        </form>
      )}
    </section>
  );
}
