import { useEffect, useState, type FormEvent } from 'react';
import { fullName } from '../../../domain/names';
import { quotaRequired } from '../../../domain/quota';
import type { ElectionView, ListView } from '../../../service/contract';
import { call } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FindingList } from '../../components/fields';
import { useWords, type ServiceError } from '../../i18n/messages';
import { isQuotaPerson } from '../lists/list-order';

interface Props {
  election: ElectionView;
  partyId: number;
  shortName: string;
  seats: number;
}

/**
 * A party's mandate holders, chosen among its registered list candidates, and the check on them: as many holders as
 * seats, and the 30% quota among the mandates where the profile applies it. The check follows the choice as made.
 */
export function MandatesPanel({ election, partyId, shortName, seats }: Props) {
  const { t } = useWords();
  const [list, setList] = useState<ListView | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<ServiceError | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void call('lists.get', { electionId: election.id, partyId, order: 'submitted' }).then((r) => {
      if (!r.ok) return setError(r.error);
      setList(r.value);
      setChosen(new Set(r.value.members.filter((m) => m.mandate).map((m) => m.nominationId)));
    });
  }, [election.id, partyId]);

  const titleId = `mandates-${partyId}-title`;
  if (!list)
    return (
      <section className="panel" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('results.mandatesTitle', { party: shortName, seats })}</h2>
        {error ? <ErrorNotice error={error} /> : <p role="status">{t('common.loading')}</p>}
      </section>
    );

  const eligible = list.members.filter((m) => m.status === 'registered');
  const holders = eligible.filter((m) => chosen.has(m.nominationId));
  const quotaCount = holders.filter(isQuotaPerson).length;
  const required = quotaRequired(seats, election.profile.quotaShare);
  const missing = Math.max(0, required - quotaCount);
  const mandateFindings = list.findings.filter((f) => f.rule.startsWith('mandate.'));

  const toggle = (id: number, on: boolean): void => {
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    setNotice('');
  };

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy || !list) return;
    setBusy(true);
    setError(null);
    const ids = list.members.filter((m) => chosen.has(m.nominationId)).map((m) => m.nominationId);
    const r = await call('mandates.designate', { electionId: election.id, partyId, nominationIds: ids });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setList(r.value);
    setNotice(t('results.designated', { party: shortName }));
  }

  return (
    <section className="panel mandates-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.mandatesTitle', { party: shortName, seats })}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('results.chooseHolders', { party: shortName })}</legend>
          {eligible.length === 0 && <p className="section-hint">{t('results.noRegistered')}</p>}
          <ul className="holders">
            {eligible.map((m) => {
              const id = `holder-${m.nominationId}`;
              return (
                <li key={m.nominationId} className="checkbox">
                  <input type="checkbox" id={id} checked={chosen.has(m.nominationId)} onChange={(e) => toggle(m.nominationId, e.target.checked)} />
                  <label htmlFor={id}>
                    {fullName(m)}
                    {isQuotaPerson(m) && <span className="section-hint"> — {t('results.quotaPerson')}</span>}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div className="mandate-check" role="group" aria-labelledby={`${titleId}-check`}>
          <h3 id={`${titleId}-check`}>{t('results.checkTitle')}</h3>
          <p className={holders.length === seats ? 'quota-ok' : 'quota-short'}>
            {t('results.holdersCount', { designated: holders.length, seats })}
          </p>
          {election.profile.mandateQuota ? (
            <p className={missing === 0 ? 'quota-ok' : 'quota-short'} aria-live="polite">
              {t('results.mandateQuota', { persons: quotaCount, required })}{' '}
              {missing === 0 ? t('lists.quota.compliant') : t('lists.quota.missing', { missing })}
            </p>
          ) : (
            <p className="section-hint">{t('results.mandateQuotaOff')}</p>
          )}
        </div>
        {error && <ErrorNotice error={error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{t('results.designate', { party: shortName })}</button>
        </div>
        <p role="status" className={notice ? 'notice notice-ok' : undefined}>{notice}</p>
        {mandateFindings.length > 0 && (
          <div aria-labelledby={`${titleId}-findings`} role="group">
            <h3 id={`${titleId}-findings`}>{t('results.serviceCheck')}</h3>
            <FindingList findings={mandateFindings} />
          </div>
        )}
      </form>
    </section>
  );
}
