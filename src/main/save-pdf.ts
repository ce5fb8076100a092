import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { Refusal } from '../service/result';
import type { Desk } from './desk';

// Page numbers come from the print engine's footer: Chromium, and so Electron, has no CSS page-margin boxes.
const FOOTER =
  '<div style="font-size:8px;width:100%;text-align:center;font-family:serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** The printed document on screen saved as a PDF, where the clerk chooses. */
export const pdfInput = z.strictObject({
  landscape: z.boolean().default(false),
  fileName: z.string().max(120).regex(/^[\p{L}\p{N} ._-]+\.pdf$/u).default('tizim.pdf'),
});

/** The document on screen as an A4 PDF, through Electron's printToPDF, written where the clerk chooses. */
export async function savePdf(input: z.output<typeof pdfInput>, desk: Desk): Promise<{ path: string | null }> {
  const path = await desk.askSave(input.fileName, 'pdf');
  if (path === null) return { path: null };
  try {
    const pdf = await desk.printToPdf({
      pageSize: 'A4',
      landscape: input.landscape,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    });
    await writeFile(path, pdf);
    return { path };
  } catch (e) {
    throw new Refusal({ code: 'internal', messageKey: 'error.saveFailed', params: { detail: e instanceof Error ? e.message : String(e) } });
  }
}
