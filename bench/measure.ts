/** The median wall time of `runs` calls, in milliseconds. */
export function time(fn: () => unknown, runs = 1): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

/** One line per measurement: ours, the bare library's, and their ratio, which survives a noisy machine. */
export function report(what: string, oursMs: number, bareMs: number): void {
  const ratio = bareMs > 0 ? oursMs / bareMs : Number.NaN;
  console.log(`bench: ${what}: ${oursMs.toFixed(1)} ms; bare ${bareMs.toFixed(1)} ms; ratio ${ratio.toFixed(2)}`);
}
