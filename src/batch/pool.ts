/**
 * The worker pool: chunks of units spread over worker threads (piscina),
 * one chunk per thread at a time, with a watchdog for the per-article time
 * budget. Extraction is synchronous code, so an article that overruns
 * cannot be interrupted from inside its thread: the watchdog reads the
 * progress board, aborts the chunk (piscina then ends that thread and
 * starts a fresh one) and the article becomes an error entry naming the
 * stage it was stopped in. A thread that dies (out of memory, a crash) is
 * handled the same way. Either way the chunk's other units run again, so
 * nothing is lost and one article never stops the batch.
 */
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Stage } from "../load/result.ts";
import type { Unit } from "../load/units.ts";
import { ProgressBoard } from "./board.ts";
import { failedOutcome, type Executor } from "./executor.ts";
import type { UnitOutcome, WorkerSetup } from "./worker.ts";
import { bundle } from "../bundle.mjs";

/** Each worker thread's young generation, MB (see the Piscina options below). */
const WORKER_YOUNG_GENERATION_MB = 12;

/** How often the watchdog looks at the board; a budget is enforced to within this. */
const WATCHDOG_MS = 100;

export interface PoolOptions {
  threads: number;
  /** Per-article time budget, ms. */
  budgetMs: number;
  /** Chunks that may be in flight at once (one board slot each). */
  slots: number;
}

export const defaultThreads = (): number => availableParallelism();

interface Running {
  controller: AbortController;
  /** Set by the watchdog when it stops the chunk. */
  overrun: { index: number; stage: Stage; ms: number } | null;
}

export class WorkerPool implements Executor {
  private readonly piscina: Piscina;
  private readonly board: ProgressBoard;
  private readonly freeSlots: number[];
  private readonly running = new Map<number, Running>();
  private readonly watchdog: NodeJS.Timeout;

  static async create(setup: Omit<WorkerSetup, "board">, options: PoolOptions): Promise<WorkerPool> {
    return new WorkerPool(await bundle("src/batch/worker-thread.ts"), setup, options);
  }

  private constructor(
    filename: string,
    setup: Omit<WorkerSetup, "board">,
    private readonly options: PoolOptions,
  ) {
    this.board = ProgressBoard.create(options.slots);
    this.freeSlots = Array.from({ length: options.slots }, (_, i) => options.slots - 1 - i);
    const workerData: WorkerSetup = { ...setup, board: { buffer: this.board.buffer, epoch: this.board.epoch } };
    this.piscina = new Piscina({
      filename,
      // Threads start as chunks arrive: a batch of a few articles pays for one thread's start-up, not N.
      minThreads: 1,
      maxThreads: options.threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      // The bundle is plain JavaScript: no TypeScript loader (tsx, inherited from the main thread) in the workers.
      execArgv: [],
      // A young generation of 12 MB (semi-spaces of 4 MB, V8's default is 16 MB each): an article's
      // garbage is short-lived and small, so scavenges stay as cheap and as effective; ~25 MB less
      // per thread, the same articles/s (docs/performance.md, "Batch memory").
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      workerData,
    });
    this.watchdog = setInterval(() => this.enforceBudget(), WATCHDOG_MS);
    this.watchdog.unref();
  }

  async run(units: Unit[]): Promise<UnitOutcome[]> {
    if (units.length === 0) return [];
    const slot = this.freeSlots.pop();
    if (slot === undefined) throw new Error("worker pool: more chunks in flight than board slots");
    const running: Running = { controller: new AbortController(), overrun: null };
    this.running.set(slot, running);
    let failure: { error: unknown; at: ReturnType<ProgressBoard["read"]> } | null = null;
    try {
      return (await this.piscina.run({ slot, units }, { signal: running.controller.signal })) as UnitOutcome[];
    } catch (error) {
      failure = { error, at: this.board.read(slot) };
    } finally {
      this.running.delete(slot);
      this.board.clear(slot);
      this.freeSlots.push(slot);
    }
    return this.recover(units, failure.at, running.overrun, failure.error);
  }

  async close(): Promise<void> {
    clearInterval(this.watchdog);
    await this.piscina.destroy();
  }

  /** The chunk failed at unit `at.index`: that unit becomes an error entry, the others run again. */
  private async recover(units: Unit[], at: ReturnType<ProgressBoard["read"]>, overrun: Running["overrun"], error: unknown): Promise<UnitOutcome[]> {
    const reason = overrun
      ? `stopped after ${(overrun.ms / 1000).toFixed(1)} s: over the ${(this.options.budgetMs / 1000).toFixed(1)} s time budget for one article`
      : `worker thread failed: ${(error as Error)?.message ?? String(error)}`;
    if (at === null) {
      // Nothing had started: the thread itself could not run (e.g. it failed to load). Every unit says so.
      return units.map((unit) => failedOutcome(unit, "extract", reason));
    }
    const failed = failedOutcome(units[at.index]!, overrun?.stage ?? at.stage, reason);
    const others = await this.run(units.filter((_, i) => i !== at.index));
    return [...others.slice(0, at.index), failed, ...others.slice(at.index)];
  }

  private enforceBudget(): void {
    const now = Date.now();
    for (const [slot, running] of this.running) {
      const state = this.board.read(slot);
      if (state === null || running.overrun !== null) continue;
      const ms = now - state.startedAt;
      if (ms > this.options.budgetMs) {
        running.overrun = { index: state.index, stage: state.stage, ms };
        running.controller.abort();
      }
    }
  }
}
