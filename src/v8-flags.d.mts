/** Sets the V8 flags a batch runs with, once node runs (see v8-flags.mjs). */
export function setRuntimeV8Flags(): void;
