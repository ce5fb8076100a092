import { BALLOT_FIELDS } from '../../../domain/ballot';
import { useWords } from '../../i18n/messages';
import { ballotStatus } from '../../queries/ballot';

/**
 * What the form says of the candidate's ballot data (issue 13): verified by a second entry, or which fields are not,
 * and why: never entered a second time, changed since it was verified, or differing from the second entry.
 */
export function BallotNote({ electionId, nominationId }: { electionId: number; nominationId: number }) {
  const { t, fieldLabel } = useWords();
  const status = ballotStatus.useQuery(electionId, nominationId).data;
  if (!status) return null;
  const open = BALLOT_FIELDS.flatMap((f) => {
    const s = status.fields[f];
    return s === undefined || s === 'verified' ? [] : [{ field: f, state: s }];
  });
  return (
    <section className={`panel ballot-note ballot-${status.state}`} aria-labelledby="ballot-note-title">
      <h2 id="ballot-note-title">{t('form.ballot.title')}</h2>
      {open.length === 0 ? (
        <p>{t('form.ballot.verified')}</p>
      ) : (
        <ul>
          {open.map((o) => (
            <li key={o.field}>{t('form.ballot.field', { field: fieldLabel(o.field), state: t(`ballot.fieldState.${o.state}`) })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
