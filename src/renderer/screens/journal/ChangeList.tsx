import type { FieldChange } from '../../../service/contract';
import { useWords } from '../../i18n/messages';
import { changeText } from './change-text';

/** What a change changed, field by field, under the entry it belongs to. */
export function ChangeList({ changes }: { changes: readonly FieldChange[] }) {
  const { t, lang, fieldLabel } = useWords();
  const words = { lang, fieldLabel, t: (key: string, options: Record<string, unknown>) => t(key, { ...options }) };
  if (changes.length === 0) return null;
  return (
    <ul className="change-list">
      {changes.map((c) => (
        <li key={c.field}>{changeText(c, words)}</li>
      ))}
    </ul>
  );
}
