import type { Finding } from '../../../domain/finding';
import { fullName } from '../../../domain/names';
import { DOCUMENTS } from '../../../domain/types';
import type { ListView, OutputOf } from '../../../service/contract';
import { FindingList } from '../../components/fields';
import { useWords } from '../../i18n/messages';

interface Props {
  list: ListView;
  /** The service's answer; undefined while it is on its way. */
  check: OutputOf<'lists.registrationCheck'> | undefined;
  onOpen: (nominationId: number) => void;
}

export const BLOCKERS_ID = 'ld-blockers';

const isMissing = (f: Finding): boolean => f.rule === 'documents.missing';
const documentOf = (f: Finding): string => (f.field ?? '').replace(/^documents\./, '');

/**
 * What stands in the way of registering the list, before the clerk submits: the list's own errors; which documents
 * are missing and of how many (what the documents panel marks at once); then each candidate, under a button that
 * opens the candidate, with the documents they lack on one line and any other error in full.
 */
export function RegistrationBlockers({ list, check, onOpen }: Props) {
  const { t } = useWords();
  if (!check) return <p role="status">{t('common.loading')}</p>;
  if (check.list.length === 0 && check.members.length === 0)
    return <p className="notice notice-ok">{t('lists.decide.nothingBlocks')}</p>;
  const name = (id: number): string => {
    const m = list.members.find((x) => x.nominationId === id);
    return m ? fullName(m) : String(id);
  };
  const lacking = new Map<string, number>();
  for (const m of check.members) for (const f of m.findings.filter(isMissing)) lacking.set(documentOf(f), (lacking.get(documentOf(f)) ?? 0) + 1);
  const documents = DOCUMENTS.filter((d) => lacking.has(d)).map((d) => t('lists.decide.lackedBy', { document: t(`document.${d}`), candidates: lacking.get(d) ?? 0 }));
  return (
    <section id={BLOCKERS_ID} tabIndex={-1} className="notice notice-error blockers" aria-labelledby="ld-blockers-title">
      <h3 id="ld-blockers-title">{t('lists.decide.blockersTitle', { candidates: check.members.length })}</h3>
      <FindingList findings={check.list} />
      {documents.length > 0 && <p>{t('lists.decide.documentsLacking', { documents: documents.join('; ') })}</p>}
      <ul className="blockers-list">
        {check.members.map((m) => {
          const missing = m.findings.filter(isMissing).map((f) => t(`document.${documentOf(f)}`));
          return (
            <li key={m.nominationId}>
              <button type="button" className="link-button" aria-label={t('lists.decide.openCandidate', { name: name(m.nominationId) })}
                onClick={() => onOpen(m.nominationId)}>
                {name(m.nominationId)}
              </button>
              {missing.length > 0 && <p className="blocker-documents">{t('lists.decide.missingDocuments', { documents: missing.join(', ') })}</p>}
              <FindingList named findings={m.findings.filter((f) => !isMissing(f))} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
