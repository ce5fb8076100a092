import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { createUploads } from '../../src/host/uploads';

// Issue 14, item 5: the host keeps a bounded number of uploads; past it the oldest goes, not at the host's close.

const body = (text: string): IncomingMessage => Readable.from([Buffer.from(text)]) as unknown as IncomingMessage;

it('keeps the newest uploads up to its cap and removes the oldest as a new one comes', async () => {
  const uploads = createUploads(2);
  try {
    const first = await uploads.receive(body('первый'), 1000);
    const second = await uploads.receive(body('второй'), 1000);
    expect([existsSync(first), existsSync(second)]).toEqual([true, true]);
    const third = await uploads.receive(body('третий'), 1000);
    expect([existsSync(first), existsSync(second), existsSync(third)]).toEqual([false, true, true]);
    expect(readFileSync(third, 'utf8')).toBe('третий');
  } finally {
    await uploads.dispose();
  }
});
