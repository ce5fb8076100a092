import type { KeyboardEvent } from 'react';

// The keys of a data-entry form: Enter goes on to the next field and never saves (a browser submits a form on Enter
// in a text field, and so saved half-typed nominations); Ctrl+S saves, as the form's own button does.

const FIELDS = 'input:not([type="hidden"]), select, textarea';

// Controls on which Enter keeps the browser's meaning: a button presses, a textarea starts a new line.
const NATIVE_ENTER = new Set(['button', 'submit', 'reset', 'image', 'file', 'color']);

function isField(el: Element): el is HTMLInputElement | HTMLSelectElement {
  if (el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !NATIVE_ENTER.has(el.type);
}

function reachable(el: HTMLElement): boolean {
  if (el.matches(':disabled') || el.tabIndex < 0) return false;
  return el.getClientRects().length > 0;
}

/** The field after `from` in the form (before it with `back`); the form's save button after the last one. */
export function nextField(form: HTMLFormElement, from: Element, back = false): HTMLElement | null {
  const fields = [...form.querySelectorAll<HTMLElement>(FIELDS)].filter((el) => el === from || reachable(el));
  const at = fields.indexOf(from as HTMLElement);
  if (at < 0) return null;
  const next = fields[at + (back ? -1 : 1)];
  if (next) return next;
  if (back) return null;
  const save = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  return save && reachable(save) ? save : null;
}

/**
 * The form's onKeyDown: Enter (Shift+Enter back) moves between fields, Ctrl+S submits the form. A checkbox moves on
 * too: Space ticks it, and Enter on it would otherwise save. An open drop-down list takes its own keys and never
 * gets here.
 */
export function formKeys(e: KeyboardEvent<HTMLFormElement>): void {
  const form = e.currentTarget;
  // e.code, not e.key: with the Kazakh or Russian layout the S key types «ы».
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.code === 'KeyS') {
    e.preventDefault();
    // A held key repeats: one press saves once.
    if (!e.repeat) form.requestSubmit();
    return;
  }
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return;
  if (!isField(e.target as Element)) return;
  e.preventDefault();
  nextField(form, e.target as Element, e.shiftKey)?.focus();
}
