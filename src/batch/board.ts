/**
 * The progress board: shared memory in which each worker says which unit of
 * its chunk it is on, in which stage, and since when. The main thread reads
 * it to stop an article that overruns its time budget (the worker itself is
 * stuck in synchronous code and cannot answer) and to name the article and
 * the stage in the error entry. Atomics make each field's write visible.
 */
import type { Stage } from "../load/result.ts";

const STAGES: readonly Stage[] = ["load", "clean", "segment", "extract", "resolve", "validate", "write"];
/** Ints per slot: unit index + 1 (0 = none started), stage code, start time (ms since the board's epoch). */
const FIELDS = 3;

export interface SlotState {
  /** Index of the running unit in its chunk. */
  index: number;
  stage: Stage;
  /** When the unit started, in ms since the epoch (Date.now() terms). */
  startedAt: number;
}

export class ProgressBoard {
  private readonly cells: Int32Array;

  /** `epoch` anchors the times: an Int32 of ms since it lasts 24 days, and both threads share Date.now(). */
  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly epoch: number,
  ) {
    this.cells = new Int32Array(buffer);
  }

  static create(slots: number): ProgressBoard {
    return new ProgressBoard(new SharedArrayBuffer(slots * FIELDS * Int32Array.BYTES_PER_ELEMENT), Date.now());
  }

  get slots(): number {
    return this.cells.length / FIELDS;
  }

  startUnit(slot: number, index: number): void {
    Atomics.store(this.cells, slot * FIELDS + 2, Date.now() - this.epoch);
    Atomics.store(this.cells, slot * FIELDS + 1, 0);
    Atomics.store(this.cells, slot * FIELDS, index + 1);
  }

  enterStage(slot: number, stage: Stage): void {
    Atomics.store(this.cells, slot * FIELDS + 1, STAGES.indexOf(stage));
  }

  clear(slot: number): void {
    Atomics.store(this.cells, slot * FIELDS, 0);
  }

  read(slot: number): SlotState | null {
    const started = Atomics.load(this.cells, slot * FIELDS);
    if (started === 0) return null;
    return {
      index: started - 1,
      stage: STAGES[Atomics.load(this.cells, slot * FIELDS + 1)] ?? "extract",
      startedAt: this.epoch + Atomics.load(this.cells, slot * FIELDS + 2),
    };
  }
}
