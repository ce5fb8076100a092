import type { Ref } from 'react';
import { SEVERITIES, type Finding } from '../../../domain/finding';
import { FindingText } from '../../components/fields';
import { useWords } from '../../i18n/messages';
import { countBySeverity } from '../../lib/findings';

interface Props {
  findings: readonly Finding[];
  /** Whether the format errors stop the form from being saved. */
  blocked: boolean;
  /** Whether to list the findings one by one (after the clerk has started or tried to save). */
  detailed: boolean;
  fieldId: (field: string) => string;
  ref?: Ref<HTMLElement>;
}

/**
 * The form's findings by severity, each a button that takes the clerk to its field. Only format errors stop a save;
 * an error of eligibility is the commission's ground to refuse, so the nomination can be saved with it.
 */
export function FindingsSummary({ findings, blocked, detailed, fieldId, ref }: Props) {
  const { t, fieldLabel } = useWords();
  const counts = countBySeverity(findings);
  const verdict = blocked
    ? t('summary.blocked')
    : counts.error > 0
      ? t('summary.ineligible')
      : counts.warning > 0
        ? t('summary.warningsOnly')
        : t('summary.clear');
  return (
    <section className="summary" aria-labelledby="summary-title" tabIndex={-1} ref={ref}>
      <h2 id="summary-title">{t('summary.title')}</h2>
      <p className="summary-counts">{t('summary.counts', { errors: counts.error, warnings: counts.warning, infos: counts.info })}</p>
      {detailed &&
        SEVERITIES.map((severity) => {
          const group = findings.filter((f) => f.severity === severity);
          if (group.length === 0) return null;
          return (
            <div key={severity} className={`summary-group summary-${severity}`}>
              <h3>{t(`summary.group.${severity}`)}</h3>
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
                    <FindingText finding={f} />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      <p className="summary-verdict">{verdict}</p>
    </section>
  );
}
