/**
 * The progress line on stderr while a batch runs: articles done, rate,
 * errors, elapsed time and, once the inputs' total size is known, the share
 * of bytes read. On a terminal the line is redrawn in place a few times a
 * second; otherwise (a log file, CI) a plain line is written every so often.
 */
export interface ProgressSnapshot {
  articles: number;
  errors: number;
  bytesRead: number;
  /** Total bytes of the inputs, once counted; null until then. */
  totalBytes: number | null;
  seconds: number;
}

const TTY_INTERVAL_MS = 250;
const PLAIN_INTERVAL_MS = 10_000;

export class ProgressReporter {
  private timer: NodeJS.Timeout | null = null;
  private readonly tty: boolean;
  private readonly intervalMs: number;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly snapshot: () => ProgressSnapshot,
    options: { plainIntervalMs?: number } = {},
  ) {
    this.tty = stream.isTTY === true;
    this.intervalMs = this.tty ? TTY_INTERVAL_MS : (options.plainIntervalMs ?? PLAIN_INTERVAL_MS);
  }

  start(): void {
    this.timer = setInterval(() => this.draw(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops drawing; on a terminal, clears the line so the summary stands alone. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.tty) this.stream.write("\r\x1b[2K");
  }

  private draw(): void {
    const line = formatProgress(this.snapshot());
    this.stream.write(this.tty ? `\r\x1b[2K${line}` : `${line}\n`);
  }
}

export function formatProgress(s: ProgressSnapshot): string {
  const rate = s.seconds > 0 ? s.articles / s.seconds : 0;
  const share = s.totalBytes ? `, ${Math.min(100, (100 * s.bytesRead) / s.totalBytes).toFixed(1)}%` : "";
  return `warta: ${s.articles.toLocaleString("en-US")} articles, ${rate.toFixed(0)}/s, ${s.errors} errors, ${clock(s.seconds)} elapsed${share}`;
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}
