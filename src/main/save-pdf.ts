import { writeFile } from 'node:fs/promises';
import type { WebContents } from 'electron';
import type { Result } from '../service/index';
import { schemas } from '../service/schemas';

/** Where the clerk wants the file, or null when they cancel the dialog. */
export type AskPath = (defaultName: string) => Promise<string | null>;

// Page numbers come from the print engine's footer: Chromium, and so Electron, has no CSS page-margin boxes.
const FOOTER =
  '<div style="font-size:8px;width:100%;text-align:center;font-family:serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** The document on screen as an A4 PDF, through Electron's printToPDF, written where the clerk chooses. */
export async function savePdf(contents: WebContents, input: unknown, askPath: AskPath): Promise<Result<{ path: string | null }>> {
  const parsed = schemas['print.savePdf'].safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid-input', messageKey: 'error.input.value', params: { path: 'print.savePdf' } } };
  const path = await askPath(parsed.data.fileName);
  if (path === null) return { ok: true, value: { path: null } };
  try {
    const pdf = await contents.printToPDF({
      pageSize: 'A4',
      landscape: parsed.data.landscape,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    });
    await writeFile(path, pdf);
    return { ok: true, value: { path } };
  } catch (e) {
    return { ok: false, error: { code: 'internal', messageKey: 'error.saveFailed', params: { detail: e instanceof Error ? e.message : String(e) } } };
  }
}
