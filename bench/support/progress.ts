/** Progress lines on stderr, prefixed with the time since the run started, so stdout stays for results. */
const started = Date.now();

export function progress(line: string): void {
  const s = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${s}s] ${line}\n`);
}

/** Calls `fn` at most every `ms` milliseconds. */
export function throttled(ms: number, fn: (line: string) => void): (line: string) => void {
  let last = 0;
  return (line) => {
    const now = Date.now();
    if (now - last >= ms) {
      last = now;
      fn(line);
    }
  };
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** a / b, rounded; null when either is missing or b is 0. */
export function ratio(a: number | null | undefined, b: number | null | undefined, digits = 2): number | null {
  if (a == null || b == null || b === 0) return null;
  return round(a / b, digits);
}
