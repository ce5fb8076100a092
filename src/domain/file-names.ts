// The names the desk offers for the files it writes: the download in the browser mode and the save dialog in
// Electron offer the same name, so both transports take it from here.

/** `<report>-<electionId>-<yyyy-mm-dd>.xlsx`, dated by the commission's calendar (an ISO date). */
export function reportFileName(report: string, electionId: number, todayIso: string): string {
  return `${report}-${electionId}-${todayIso}.xlsx`;
}

/** `template-<party-list|district>-<lang>.xlsx`. */
export function templateFileName(template: string, lang: string): string {
  return `template-${template}-${lang}.xlsx`;
}

/**
 * A clerk's file name made safe to offer back: no folders, no characters Windows refuses, no control characters,
 * no leading dots, at most 100 characters; the extension dropped. Empty when nothing usable is left.
 */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.xlsx$/i, '');
  return stem
    .replace(/[\p{Cc}<>:"|?*]/gu, '_')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 100)
    .trim();
}

/** `<original-name>-errors.xlsx`, or `import-errors.xlsx` when the original name has nothing usable. */
export function errorReportFileName(originalName: string): string {
  return `${fileStem(originalName) || 'import'}-errors.xlsx`;
}
