import { formatDate } from '../../../domain/dates';
import { fullName } from '../../../domain/names';
import type { PersonView } from '../../../service/contract';
import { useWords } from '../../i18n/messages';

/** People already on file with the IIN being typed, offered instead of typing them again. */
export function ExistingPersonOffer({ matches, onUse }: { matches: readonly PersonView[]; onUse: (p: PersonView) => void }) {
  const { t } = useWords();
  if (matches.length === 0) return null;
  return (
    <div className="offer" role="region" aria-labelledby="offer-title">
      <h3 id="offer-title">{t('form.existingTitle')}</h3>
      <p>{t('form.existingHint')}</p>
      <ul>
        {matches.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onUse(p)}>
              {t('form.useExisting', { name: fullName(p), date: formatDate(p.birthDate) })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
