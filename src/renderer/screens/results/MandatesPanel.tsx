import { useState, type FormEvent } from 'react';
import { fullName } from '../../../domain/names';
import { quotaRequired } from '../../../domain/quota';
import type { ElectionView, ListView } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FindingList } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { said, type Said } from '../../i18n/said';
import { serviceError } from '../../queries/client';
import { mandatesDesignate, partyList } from '../../queries/lists';
import { isQuotaPerson } from '../lists/list-order';
import { formKeys } from '../../lib/form-keys';

interface Props {
  election: ElectionView;
  partyId: number;
  shortName: string;
  seats: number;
}

const holdersOf = (list: ListView): number[] => list.members.filter((m) => m.mandate).map((m) => m.nominationId);

/**
 * A party's mandate holders, chosen among its registered list candidates, and the check on them: as many holders as
 * seats, and the 30% quota among the mandates where the profile applies it. The check follows the choice as made.
 */
export function MandatesPanel(props: Props) {
  const { t } = useWords();
  const list = partyList.useQuery(props.election.id, props.partyId, 'submitted');
  const [notice, setNotice] = useState<Said | null>(null);
  const error = serviceError(list.error);
  const titleId = `mandates-${props.partyId}-title`;
  if (!list.data)
    return (
      <section className="panel" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('results.mandatesTitle', { party: props.shortName, seats: props.seats })}</h2>
        {error ? <ErrorNotice error={error} /> : <p role="status">{t('common.loading')}</p>}
      </section>
    );
  // The choice starts from the holders the ledger has, afresh whenever they change there.
  return <MandatesForm key={holdersOf(list.data).join(',')} {...props} list={list.data} notice={notice} onNotice={setNotice} />;
}

interface FormProps extends Props {
  list: ListView;
  /** What the last designation did; it outlives the form, which opens afresh with the holders recorded. */
  notice: Said | null;
  onNotice: (notice: Said | null) => void;
}

function MandatesForm({ election, partyId, shortName, seats, list, notice, onNotice }: FormProps) {
  const { t, say } = useWords();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(holdersOf(list)));
  const designate = mandatesDesignate.useMutation(election.id);
  const error = serviceError(designate.error);
  const busy = designate.isPending;
  const titleId = `mandates-${partyId}-title`;

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
    onNotice(null);
  };

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    if (busy) return;
    const ids = list.members.filter((m) => chosen.has(m.nominationId)).map((m) => m.nominationId);
    try {
      await designate.mutateAsync({ electionId: election.id, partyId, nominationIds: ids });
    } catch {
      return; // the refusal is the mutation's error, shown below
    }
    onNotice(said('results.designated', { party: shortName }));
  }

  return (
    <section className="panel mandates-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('results.mandatesTitle', { party: shortName, seats })}</h2>
      <form onSubmit={(e) => void submit(e)} onKeyDown={formKeys} noValidate>
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
        <p role="status" className={notice ? 'notice notice-ok' : undefined}>{say(notice)}</p>
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
