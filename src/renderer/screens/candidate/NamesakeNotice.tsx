import type { Finding } from '../../../domain/finding';
import { fullName } from '../../../domain/names';
import type { Outputs } from '../../../service/contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { personDistinguish, personDistinguished } from '../../queries/candidates';
import { serviceError } from '../../queries/client';

export type Distinguished = Outputs['persons.distinguished'][number];

interface Props {
  electionId: number;
  /** The person on file, or null for one not yet saved (who can be told apart only once saved). */
  personId: number | null;
  findings: readonly Finding[];
  /** Opens the take-back of a mark, which asks for its reason. */
  onTakeBack: (other: Distinguished) => void;
}

/**
 * Persons on file with the same name and birth date under another IIN: each may be the same person entered twice.
 * Once the commission has checked, it marks a pair as different people, and the warning is gone for that pair; the
 * pairs so marked stay listed here, so that a mark made on the wrong pair can be taken back.
 */
export function NamesakeNotice({ electionId, personId, findings, onTakeBack }: Props) {
  const { t } = useWords();
  const distinguish = personDistinguish.useMutation(electionId);
  const marked = personDistinguished.useQuery(electionId, personId).data ?? [];
  const namesakes = findings.filter((f) => f.rule === 'person.namesake');
  const error = serviceError(distinguish.error);
  return (
    <>
      {namesakes.length > 0 && (
        <div className="offer" role="region" aria-labelledby="namesake-title">
          <h3 id="namesake-title">{t('form.namesakeTitle')}</h3>
          {personId === null ? (
            <p>{t('form.namesakeSaveFirst')}</p>
          ) : (
            <>
              <p>{t('form.namesakeHint')}</p>
              <ul>
                {namesakes.map((f) => {
                  const otherId = Number(f.params?.personId);
                  return (
                    <li key={otherId}>
                      <button type="button" disabled={distinguish.isPending}
                        onClick={() => distinguish.mutate({ personId, otherId })}>
                        {t('form.notSamePerson', { iin: String(f.params?.iin ?? '') })}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {error && <ErrorNotice error={error} />}
        </div>
      )}
      {marked.length > 0 && (
        <div className="offer" role="region" aria-labelledby="distinguished-title">
          <h3 id="distinguished-title">{t('form.distinguishedTitle')}</h3>
          <ul>
            {marked.map((d) => (
              <li key={d.personId}>
                {t('form.distinguishedItem', { name: fullName(d), iin: d.iin, date: formatMoment(d.since) })}{' '}
                <button type="button" onClick={() => onTakeBack(d)}>
                  {t('form.takeBack', { iin: d.iin })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
