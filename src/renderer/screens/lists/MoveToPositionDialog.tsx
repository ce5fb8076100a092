import { useState, type FormEvent } from 'react';
import type { Finding } from '../../../domain/finding';
import { TextField } from '../../components/fields';
import { Modal } from '../../components/Modal';
import { useWords } from '../../i18n/messages';
import { formKeys } from '../../lib/form-keys';
import { readPosition } from './list-order';

interface Props {
  name: string;
  /** The candidate's number in the list now, 1-based. */
  position: number;
  length: number;
  /** Moves the candidate to this number, 1-based (never its own). */
  onMove: (position: number) => void;
  onClose: () => void;
}

/**
 * "Move to number N" of a long list: one step instead of twenty presses of Alt+↑. The move itself is said in the
 * list's live region, as every move is.
 */
export function MoveToPositionDialog({ name, position, length, onMove, onClose }: Props) {
  const { t } = useWords();
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const wanted = readPosition(typed, length);
  const findings: Finding[] =
    tried && wanted === null
      ? [{ rule: 'format.position', severity: 'error', field: 'position', messageKey: 'lists.moveTo.invalid', params: { length } }]
      : [];

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    e.stopPropagation();
    setTried(true);
    if (wanted === null) {
      document.getElementById('move-position')?.focus();
      return;
    }
    if (wanted === position) onClose();
    else onMove(wanted);
  };

  return (
    <Modal labelledBy="move-title" initialFocus="move-position" onClose={onClose} className="move-dialog">
      <form onSubmit={submit} onKeyDown={formKeys} noValidate>
        <h2 id="move-title">{t('lists.moveTo.title')}</h2>
        <p className="dialog-subject">{t('lists.moveTo.subject', { name, position, length })}</p>
        <TextField id="move-position" label={t('lists.moveTo.position')} required inputMode="numeric" maxLength={5}
          hint={t('lists.moveTo.hint', { length })} findings={findings} value={typed} onChange={setTyped} />
        <div className="actions">
          <button type="submit" className="primary">{t('lists.moveTo.confirm')}</button>
          <button type="button" onClick={onClose}>{t('form.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
