/** V8 flags set once node runs, for a batch (see v8-flags.mjs). */
export const RUNTIME_V8_FLAGS: readonly string[];
/** Sets RUNTIME_V8_FLAGS for this process. */
export function setRuntimeV8Flags(): void;
