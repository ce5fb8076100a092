import { useWords } from '../../i18n/messages';

/** A labelled password input; its problem, when there is one, is said beside it and tied to it. */
export function PasswordField(p: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  problem?: string | undefined;
}) {
  const { t } = useWords();
  return (
    <div className="field">
      <span className="label-line">
        <label htmlFor={p.id}>{p.label}</label>
      </span>
      <input
        id={p.id}
        type="password"
        value={p.value}
        autoComplete={p.autoComplete}
        required
        aria-invalid={p.problem ? true : undefined}
        aria-describedby={p.problem ? `${p.id}-problem` : p.autoComplete === 'new-password' ? `${p.id}-hint` : undefined}
        onChange={(e) => p.onChange(e.target.value)}
      />
      {p.autoComplete === 'new-password' && !p.problem && (
        <p id={`${p.id}-hint`} className="field-hint">
          {t('auth.passwordRule', { minimum: 12 })}
        </p>
      )}
      {p.problem && (
        <p id={`${p.id}-problem`} className="field-hint finding-error">
          {p.problem}
        </p>
      )}
    </div>
  );
}
