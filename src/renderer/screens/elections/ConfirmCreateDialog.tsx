import { formatDate } from '../../../domain/dates';
import type { ElectionView, InputOf, PresetView } from '../../../service/contract';
import { Modal } from '../../components/Modal';
import { useWords } from '../../i18n/messages';
import { formatMoment } from '../../lib/dates';
import { regionName } from '../../lib/reference';

interface Props {
  preset: PresetView;
  input: InputOf<'elections.create'>;
  /** Elections already on file with the same preset, region and council. */
  same: readonly ElectionView[];
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Creating an election is asked once more, with what would be created and the elections like it already on file:
 * a second copy made by a double click is caught here. Opens at the confirm button: Enter creates, Escape goes back.
 */
export function ConfirmCreateDialog({ preset, input, same, busy, onConfirm, onClose }: Props) {
  const { t, lang, number } = useWords();
  const what = [
    preset.name[lang],
    input.regionCode ? regionName(input.regionCode, lang) : '',
    input.councilName ?? '',
  ].filter((s) => s !== '');
  return (
    <Modal labelledBy="cc-title" initialFocus="cc-confirm" onClose={onClose} className="decision-dialog">
      <h2 id="cc-title">{t('create.confirmTitle')}</h2>
      <p className="dialog-subject">{what.join(' — ')}</p>
      <p>{t('create.confirmDay', { date: formatDate(preset.electionDay) })}</p>
      {same.length > 0 && (
        <div className="notice notice-warning" role="alert">
          <p>{t('create.alreadyThere', { count: same.length })}</p>
          <ul>
            {same.map((e) => (
              <li key={e.id}>
                {t('create.existing', { at: formatMoment(e.createdAt), nominations: number(e.counts.nominations), id: e.id })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        <button id="cc-confirm" type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {busy ? t('create.creating') : t('create.confirm')}
        </button>
        <button type="button" onClick={onClose}>{t('form.cancel')}</button>
      </div>
    </Modal>
  );
}
