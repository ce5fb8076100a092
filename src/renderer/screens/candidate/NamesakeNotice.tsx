import type { Finding } from '../../../domain/finding';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useWords } from '../../i18n/messages';
import { personDistinguish } from '../../queries/candidates';
import { serviceError } from '../../queries/client';

interface Props {
  electionId: number;
  /** The person on file, or null for one not yet saved (who can be told apart only once saved). */
  personId: number | null;
  findings: readonly Finding[];
}

/**
 * Persons on file with the same name and birth date under another IIN: each may be the same person entered twice.
 * Once the commission has checked, it marks a pair as different people, and the warning is gone for that pair.
 */
export function NamesakeNotice({ electionId, personId, findings }: Props) {
  const { t } = useWords();
  const distinguish = personDistinguish.useMutation(electionId);
  const namesakes = findings.filter((f) => f.rule === 'person.namesake');
  const error = serviceError(distinguish.error);
  if (namesakes.length === 0) return null;
  return (
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
  );
}
