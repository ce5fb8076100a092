import type { ReactNode } from 'react';
import { dateProblem, parseDate } from '../../domain/dates';
import type { Finding } from '../../domain/finding';
import { useWords } from '../i18n/messages';

// Labelled controls that carry their findings: each finding is written beside its field and tied to it with
// aria-describedby, and only an error (not a warning) marks the field invalid.

interface Base {
  id: string;
  label: string;
  findings?: readonly Finding[];
  hint?: ReactNode;
  required?: boolean;
  optional?: boolean;
  disabled?: boolean;
}

function describedBy(id: string, hint: ReactNode, findings: readonly Finding[]): string | undefined {
  const ids = [hint ? `${id}-hint` : null, findings.length > 0 ? `${id}-findings` : null].filter((x) => x !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Label({ id, label, required, optional }: Pick<Base, 'id' | 'label' | 'required' | 'optional'>) {
  const { t } = useWords();
  // The star stays outside the label so the field's name is exactly its label; aria-required says it to AT.
  return (
    <span className="label-line">
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional-mark">{` (${t('form.optional')})`}</span>}
      </label>
      {required && (
        <span className="required-mark" aria-hidden="true">
          *
        </span>
      )}
    </span>
  );
}

/** A finding's words and, in parentheses, the law it cites. */
export function FindingText({ finding }: { finding: Finding }) {
  const { findingText, legalText } = useWords();
  const law = legalText(finding);
  return (
    <>
      {findingText(finding)}
      {law !== '' && <span className="finding-law"> ({law})</span>}
    </>
  );
}

/** Findings in a list; `named` puts each one's field first, for a list that stands apart from its fields. */
export function FindingList({ id, findings, named }: { id?: string; findings: readonly Finding[]; named?: boolean }) {
  const { t, fieldLabel } = useWords();
  if (findings.length === 0) return null;
  return (
    <ul id={id} className="finding-list">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${i}`} className={`finding finding-${f.severity}`}>
          <span className="finding-severity">{t(`severity.${f.severity}`)}: </span>
          {named && f.field ? `${fieldLabel(f.field)} — ` : ''}
          <FindingText finding={f} />
        </li>
      ))}
    </ul>
  );
}

function Frame({ id, hint, findings, children }: { id: string; hint: ReactNode; findings: readonly Finding[]; children: ReactNode }) {
  const severity = findings.some((f) => f.severity === 'error') ? 'error' : findings.length > 0 ? 'warning' : 'none';
  return (
    <div className={`field field-${severity}`}>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <FindingList id={`${id}-findings`} findings={findings} />
    </div>
  );
}

function controlProps(p: Base) {
  const findings = p.findings ?? [];
  return {
    id: p.id,
    disabled: p.disabled,
    'aria-describedby': describedBy(p.id, p.hint, findings),
    'aria-invalid': findings.some((f) => f.severity === 'error') ? true : undefined,
    'aria-required': p.required ? true : undefined,
  };
}

interface TextProps extends Base {
  value: string;
  onChange: (value: string) => void;
  inputMode?: 'text' | 'numeric';
  maxLength?: number;
  autoComplete?: string;
}

export function TextField(p: TextProps) {
  return (
    <Frame id={p.id} hint={p.hint} findings={p.findings ?? []}>
      <Label {...p} />
      <input
        type="text"
        {...controlProps(p)}
        value={p.value}
        inputMode={p.inputMode}
        maxLength={p.maxLength}
        autoComplete={p.autoComplete ?? 'off'}
        spellCheck={false}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </Frame>
  );
}

/** A date typed as dd.mm.yyyy (or dd/mm/yyyy, dd-mm-yyyy, ddmmyyyy), with the date it was read as spelled out beneath. */
export function DateField(p: Omit<TextProps, 'inputMode' | 'hint'>) {
  const { t, spellDate } = useWords();
  const iso = parseDate(p.value);
  const hint =
    p.value.trim() === ''
      ? t('form.dateFormat')
      : iso
        ? t('form.dateUnderstood', { date: spellDate(iso) })
        : dateProblem(p.value) === 'no-such-date'
          ? t('form.dateNoSuchDay')
          : t('form.dateNotUnderstood');
  return <TextField {...p} inputMode="numeric" maxLength={10} hint={hint} />;
}

export interface Choice {
  value: string;
  label: string;
}

interface SelectProps extends Base {
  value: string;
  onChange: (value: string) => void;
  choices: readonly Choice[];
  /** The label of the empty choice; none when a value must always be chosen. */
  empty?: string;
}

export function SelectField(p: SelectProps) {
  return (
    <Frame id={p.id} hint={p.hint} findings={p.findings ?? []}>
      <Label {...p} />
      <select {...controlProps(p)} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.empty !== undefined && <option value="">{p.empty}</option>}
        {p.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

interface CheckboxProps extends Base {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField(p: CheckboxProps) {
  return (
    <Frame id={p.id} hint={p.hint} findings={p.findings ?? []}>
      <div className="checkbox">
        <input type="checkbox" {...controlProps(p)} checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} />
        <Label {...p} />
      </div>
    </Frame>
  );
}

interface AreaProps extends Base {
  value: string;
  onChange: (value: string) => void;
  maxLength?: number;
  rows?: number;
}

export function TextAreaField(p: AreaProps) {
  return (
    <Frame id={p.id} hint={p.hint} findings={p.findings ?? []}>
      <Label {...p} />
      <textarea
        {...controlProps(p)}
        value={p.value}
        rows={p.rows ?? 3}
        maxLength={p.maxLength}
        onChange={(e) => p.onChange(e.target.value)}
      />
    </Frame>
  );
}
