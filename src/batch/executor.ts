/**
 * Executors turn a chunk of units into outcomes, one per unit, in order, and
 * never throw: whatever goes wrong becomes error entries. The inline
 * executor works on the calling thread (library use, evaluation, tests);
 * the worker pool (pool.ts) spreads chunks over threads and enforces the
 * per-article time budget.
 */
import { sourceOfUnit, type Unit } from "../load/units.ts";
import type { Stage } from "../load/result.ts";
import type { ChunkTask, UnitOutcome, WorkerSetup } from "./worker.ts";

export interface Executor {
  run(units: Unit[]): Promise<UnitOutcome[]>;
  close(): Promise<void>;
}

export class InlineExecutor implements Executor {
  private constructor(private readonly process: (task: ChunkTask) => Promise<UnitOutcome[]>) {}

  /** Imported on demand: a batch on worker threads never loads the pipeline (and its gazetteer) on this thread. */
  static async create(setup: Omit<WorkerSetup, "board">): Promise<InlineExecutor> {
    const { chunkProcessor } = await import("./worker.ts");
    return new InlineExecutor(chunkProcessor({ ...setup, board: null }));
  }

  async run(units: Unit[]): Promise<UnitOutcome[]> {
    try {
      return await this.process({ slot: 0, units });
    } catch (err) {
      return units.map((unit) => failedOutcome(unit, "extract", `internal error: ${(err as Error).message}`));
    }
  }

  async close(): Promise<void> {}
}

export function failedOutcome(unit: Unit, stage: Stage, message: string): UnitOutcome {
  return { kind: "error", error: { source: sourceOfUnit(unit), stage, message } };
}
