import type { Ref } from 'react';
import { SEVERITIES, type Finding } from '../../../domain/finding';
import { useWords } from '../../i18n/messages';
import { countBySeverity } from '../../lib/findings';

interface Props {
  findings: readonly Finding[];
  /** Whether to list the findings one by one (after the clerk has started or tried to save). */
  detailed: boolean;
  fieldId: (field: string) => string;
  ref?: Ref<HTMLElement>;
}

/** The form's findings by severity, each a button that takes the clerk to its field. */
export function FindingsSummary({ findings, detailed, fieldId, ref }: Props) {
  const { t, fieldLabel, findingText } = useWords();
  const counts = countBySeverity(findings);
  return (
    <section className="summary" aria-labelledby="summary-title" tabIndex={-1} ref={ref}>
      <h2 id="summary-title">{t('summary.title')}</h2>
      <p className="summary-counts">{t('summary.counts', { errors: counts.error, warnings: counts.warning })}</p>
      {detailed &&
        SEVERITIES.map((severity) => {
          const group = findings.filter((f) => f.severity === severity);
          if (group.length === 0) return null;
          return (
            <div key={severity} className={`summary-group summary-${severity}`}>
              <h3>{t(`severity.${severity}`)}</h3>
              <ul>
                {group.map((f, i) => (
                  <li key={`${f.field ?? ''}-${f.rule}-${i}`}>
                    {f.field ? (
                      <button
                        type="button"
                        className="link"
                        onClick={() => document.getElementById(fieldId(f.field ?? ''))?.focus()}
                      >
                        {fieldLabel(f.field)}
                      </button>
                    ) : null}
                    {f.field ? ': ' : ''}
                    {findingText(f)}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      <p className="summary-verdict">
        {counts.error > 0 ? t('summary.blocked') : counts.warning > 0 ? t('summary.warningsOnly') : t('summary.clear')}
      </p>
    </section>
  );
}
