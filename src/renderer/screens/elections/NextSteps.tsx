import { useEffect, useRef } from 'react';
import { commissionName } from '../../../domain/commission';
import type { ElectionView } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { electionTitle } from '../../lib/election';

export type NextStep = 'commission' | 'deposits' | 'lists' | 'import' | 'candidates' | 'newCandidate';

interface Props {
  election: ElectionView;
  onStep: (step: NextStep) => void;
}

/**
 * What comes after creating an election (issue 11): whose documents they will be, the parties' deposit status, the
 * party lists, the import of the parties' workbooks or the entry of candidates one by one — each with its screen.
 */
export function NextSteps({ election, onStep }: Props) {
  const { t, lang, number } = useWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const hasLists = election.listMandates > 0;
  const steps: { step: NextStep; title: string; text: string; action: string }[] = [
    {
      step: 'commission',
      title: t('start.commission.title'),
      text: t('start.commission.text', { commission: commissionName(election.commission, lang) }),
      action: t('start.commission.action'),
    },
    { step: 'deposits', title: t('start.deposits.title'), text: t('start.deposits.text', { parties: number(election.counts.parties) }), action: t('start.deposits.action') },
    ...(hasLists
      ? [{ step: 'lists' as const, title: t('start.lists.title'), text: t('start.lists.text', { mandates: number(election.listMandates), max: number(election.maxListLength) }), action: t('start.lists.action') }]
      : []),
    { step: 'import', title: t('start.import.title'), text: t('start.import.text'), action: t('start.import.action') },
    { step: 'newCandidate', title: t('start.candidates.title'), text: t('start.candidates.text'), action: t('start.candidates.action') },
  ];
  return (
    <section className="screen next-steps" aria-labelledby="start-title">
      <h1 id="start-title" tabIndex={-1} ref={heading}>{t('start.title')}</h1>
      <p className="section-hint">{electionTitle(election, lang)}</p>
      <ol className="next-steps-list">
        {steps.map((s) => (
          <li key={s.step} className="panel">
            <h2>{s.title}</h2>
            <p>{s.text}</p>
            <button type="button" className={s.step === 'commission' ? undefined : 'primary'} onClick={() => onStep(s.step)}>
              {s.action}
            </button>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => onStep('candidates')}>{t('start.later')}</button>
      </div>
    </section>
  );
}
