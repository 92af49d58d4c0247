/** node_modules/.cache/warta: the bundles and the packed area index. */
export const CACHE_DIR: string;
/** A short hash of the size and modification time of every source file, package.json, package-lock.json and `dataFiles`. */
export function sourceKey(dataFiles?: readonly string[]): string;
