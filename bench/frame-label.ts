/** How the profiling tools (bench:profile-summary, bench:allocations) name a stack frame. */
export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** "scanOf scan.ts:14": short enough for a table, precise enough to find. */
export function frameLabel({ functionName, url, lineNumber }: CallFrame): string {
  const file = url.replace(/^.*\//, "");
  return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
}
