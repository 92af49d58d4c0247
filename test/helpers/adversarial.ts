/** Shared by the adversarial-input tests: a long string of one unit, and a stopwatch. */
export const TWO_MB = 2_000_000;

export const fill = (unit: string, size = TWO_MB): string => unit.repeat(Math.ceil(size / unit.length));

export function timed<T>(run: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = run();
  return { value, ms: performance.now() - t0 };
}
