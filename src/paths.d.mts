/** Warta's own folder: where package.json, rules/ and docs/ are. */
export const PROJECT_ROOT: string;
/** A path inside Warta's folder. */
export function projectPath(...parts: string[]): string;
