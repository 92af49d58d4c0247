/** The file URL of the bundle of `entry` (a path inside Warta's folder, e.g. "src/cli/extract.ts"), built now or found in the cache. */
export function bundle(entry: string): Promise<string>;
