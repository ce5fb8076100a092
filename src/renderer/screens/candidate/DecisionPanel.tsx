import type { Decision, NominationStatus } from '../../../domain/types';
import { TRANSITIONS } from '../../../domain/workflow';
import { useWords } from '../../i18n/messages';

interface Props {
  status: NominationStatus;
  /** Unsaved changes: a decision is taken on the nomination as stored, so they are saved first. */
  dirty: boolean;
  /** Absent for a user whose role does not record decisions: the status is shown, no decision offered. */
  onDecide?: ((decision: Decision) => void) | undefined;
  /** Opens the voiding of the entry as made in error: offered while the commission has decided nothing on it. */
  onVoid?: (() => void) | undefined;
}

/** The decisions the commission may take on the nomination now (nominated → registered or refused; and so on). */
export function DecisionPanel({ status, dirty, onDecide, onVoid }: Props) {
  const { t } = useWords();
  const allowed = onDecide ? TRANSITIONS[status] : [];
  // Only a nomination still awaiting its first decision may be voided: a decision is answered by a decision.
  const voidable = status === 'nominated' && onVoid !== undefined;
  return (
    <section className="panel decision-panel" aria-labelledby="decide-title">
      <h2 id="decide-title">{t('decide.panelTitle')}</h2>
      <p className={`status-line status-${status}`}>{t('form.status', { status: t(`status.${status}`) })}</p>
      {onDecide && allowed.length === 0 && <p className="section-hint">{t('decide.final')}</p>}
      {allowed.length > 0 && dirty && (
        <p id="decide-dirty" className="section-hint">
          {t('decide.saveFirst')}
        </p>
      )}
      {allowed.length > 0 && (
        <div className="actions">
          {allowed.map((d) => (
            <button key={d} type="button" disabled={dirty} aria-describedby={dirty ? 'decide-dirty' : undefined}
              onClick={() => onDecide?.(d)}>
              {t(`decide.action.${d}`)}
            </button>
          ))}
        </div>
      )}
      {voidable && (
        <div className="void-action">
          <p id="void-hint" className="section-hint">{t('void.hint')}</p>
          <button type="button" disabled={dirty} aria-describedby="void-hint" onClick={onVoid}>
            {t('void.action')}
          </button>
        </div>
      )}
    </section>
  );
}
