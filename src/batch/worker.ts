/**
 * What is done with a chunk of units, in a worker thread (or, for the
 * inline executor, on the main thread): load each unit (read, decode,
 * parse), pass over it when resuming and its id is already written, run the
 * pipeline, and serialize the record, so the main thread only writes text.
 * Rules and gazetteers load once per thread, when this module is imported.
 */
import { articleFromUnit } from "../load/article.ts";
import type { ErrorEntry } from "../load/result.ts";
import type { Unit } from "../load/units.ts";
import { articleId, processArticle } from "../pipeline.ts";
import { ProgressBoard } from "./board.ts";
import { KnownIds } from "./known-ids.ts";

export type UnitOutcome =
  | { kind: "record"; id: string; json: string }
  | { kind: "error"; error: ErrorEntry }
  /** Already in the output (--resume): not extracted again. */
  | { kind: "resumed"; id: string };

/** What every thread is set up with; plain data (and shared memory), as worker threads require. */
export interface WorkerSetup {
  referenceDate: string | null;
  /** The progress board's memory and epoch, or null on the main thread. */
  board: { buffer: SharedArrayBuffer; epoch: number } | null;
  /** Hashes of the ids already written, or null when not resuming. */
  knownIds: SharedArrayBuffer | null;
}

export interface ChunkTask {
  /** This chunk's slot on the progress board. */
  slot: number;
  units: Unit[];
}

export function chunkProcessor(setup: WorkerSetup): (task: ChunkTask) => Promise<UnitOutcome[]> {
  const board = setup.board ? new ProgressBoard(setup.board.buffer, setup.board.epoch) : null;
  const known = setup.knownIds ? new KnownIds(setup.knownIds) : null;
  return async ({ slot, units }) => {
    const outcomes: UnitOutcome[] = [];
    const onStage = board ? (stage: Parameters<ProgressBoard["enterStage"]>[1]) => board.enterStage(slot, stage) : undefined;
    for (const [index, unit] of units.entries()) {
      board?.startUnit(slot, index);
      const loaded = await articleFromUnit(unit);
      if (!loaded.ok) {
        outcomes.push({ kind: "error", error: loaded.error });
        continue;
      }
      const id = articleId(loaded.article);
      if (known?.has(id)) {
        outcomes.push({ kind: "resumed", id });
        continue;
      }
      const result = processArticle(loaded.article, onStage ? { referenceDate: setup.referenceDate, onStage } : { referenceDate: setup.referenceDate });
      outcomes.push(result.ok ? { kind: "record", id: result.record.id, json: JSON.stringify(result.record) } : { kind: "error", error: result.error });
    }
    return outcomes;
  };
}
