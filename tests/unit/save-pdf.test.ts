import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { expect, it } from 'vitest';
import { savePdf } from '../../src/main/save-pdf';

// Electron's «Save as PDF» without Electron: the window's printToPDF is stood in for by an object that records how it
// was asked, so what main does around it (the input, the dialog, the file) is what is tested.

const dir = mkdtempSync(join(tmpdir(), 'tizim-pdf-'));

function contents(asked: unknown[]): WebContents {
  return {
    printToPDF: (options: unknown) => {
      asked.push(options);
      return Promise.resolve(Buffer.from('%PDF-1.4 test'));
    },
  } as unknown as WebContents;
}

it('writes the A4 PDF where the clerk chose, landscape when asked, with page numbers in the footer', async () => {
  const asked: unknown[] = [];
  const path = join(dir, 'quota.pdf');
  const result = await savePdf(contents(asked), { landscape: true, fileName: 'quota.pdf' }, (name) => {
    expect(name).toBe('quota.pdf');
    return Promise.resolve(path);
  });
  expect(result).toEqual({ ok: true, value: { path } });
  expect(readFileSync(path, 'utf8')).toBe('%PDF-1.4 test');
  expect(asked).toEqual([expect.objectContaining({ pageSize: 'A4', landscape: true, displayHeaderFooter: true, footerTemplate: expect.stringContaining('pageNumber') })]);
  rmSync(dir, { recursive: true, force: true });
});

it('writes nothing when the clerk cancels, and refuses a file name that could leave the folder', async () => {
  const asked: unknown[] = [];
  expect(await savePdf(contents(asked), {}, () => Promise.resolve(null))).toEqual({ ok: true, value: { path: null } });
  expect(asked).toEqual([]);
  const bad = await savePdf(contents(asked), { fileName: '../../etc/passwd.pdf' }, () => Promise.resolve('/tmp/x.pdf'));
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
});
