import type { Finding } from '../../domain/finding';
import { useWords } from '../i18n/messages';
import { FindingText } from './fields';

interface Props {
  /** Prefix of the checkboxes' ids, unique on the page. */
  idPrefix: string;
  /** The findings a decision may rest on, grouped by rule. */
  grounds: readonly { rule: string; findings: Finding[] }[];
  checked: readonly string[];
  onToggle: (rule: string, on: boolean) => void;
  /** Said instead of the list when there is nothing to rest on. */
  emptyText: string;
}

/** The grounds of a commission's decision: one checkbox per rule, labelled by its findings. */
export function GroundsChecklist({ idPrefix, grounds, checked, onToggle, emptyText }: Props) {
  const { t } = useWords();
  if (grounds.length === 0) return <p className="section-hint">{emptyText}</p>;
  return (
    <ul className="grounds-list">
      {grounds.map((g, i) => (
        <li key={g.rule} className={`ground ground-${g.findings.some((f) => f.severity === 'error') ? 'error' : 'warning'}`}>
          <input type="checkbox" id={`${idPrefix}-${i}`} checked={checked.includes(g.rule)} onChange={(e) => onToggle(g.rule, e.target.checked)} />
          <label htmlFor={`${idPrefix}-${i}`}>
            {g.findings.map((f, j) => (
              <span key={j} className="ground-finding">
                <span className="finding-severity">{t(`severity.${f.severity}`)}: </span>
                <FindingText finding={f} />
              </span>
            ))}
          </label>
        </li>
      ))}
    </ul>
  );
}
