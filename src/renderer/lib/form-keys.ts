import type { KeyboardEvent } from 'react';

/**
 * A data-entry form's keys (DESIGN §5): Enter in a field moves on to the next field and never submits, Ctrl+S saves.
 * A button, a text area and a select's own list keep Enter.
 */
export function formKeys(save: () => void) {
  return (e: KeyboardEvent<HTMLFormElement>): void => {
    const target = e.target as HTMLElement;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      save();
      return;
    }
    if (e.key !== 'Enter' || !(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) return;
    e.preventDefault();
    const fields = [...e.currentTarget.querySelectorAll<HTMLElement>('input, select, textarea, button')].filter(
      (el) => !el.hasAttribute('disabled') && el.tabIndex >= 0,
    );
    fields[fields.indexOf(target) + 1]?.focus();
  };
}
