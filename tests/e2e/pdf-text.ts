import { readFileSync } from 'node:fs';

// A printed PDF read back with Mozilla's pdf.js (pdfjs-dist), so that the print tests need no poppler from apt.

export interface PdfPage {
  /** The page's text, one line per baseline, left to right, words apart where the PDF leaves a gap. */
  text: string;
  /** In PDF points (1/72 inch): A4 portrait is about 595 × 842. */
  width: number;
  height: number;
}

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
}

function linesOf(items: Item[]): string {
  const rows = new Map<number, Item[]>();
  for (const item of items) {
    if (item.str === '') continue;
    // Items of one line share a baseline; a point of rounding keeps a line whole.
    const y = Math.round(item.y);
    const row = rows.get(y) ?? [];
    row.push(item);
    rows.set(y, row);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) => {
      row.sort((a, b) => a.x - b.x);
      let line = '';
      let end: number | null = null;
      for (const item of row) {
        if (end !== null && item.x - end > 0.5 && !line.endsWith(' ') && !item.str.startsWith(' ')) line += ' ';
        line += item.str;
        end = item.x + item.width;
      }
      return line;
    })
    .join('\n');
}

export async function readPdf(path: string): Promise<PdfPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false });
  const document = await task.promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }] : [],
    );
    pages.push({ text: linesOf(items), width: x1 - x0, height: y1 - y0 });
  }
  await task.destroy();
  return pages;
}
