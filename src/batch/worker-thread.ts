/**
 * The module each worker thread runs (bundled by src/bundle.mjs): piscina
 * calls its default export with each chunk. Rules and gazetteers load once
 * per thread, when this module is evaluated.
 */
import { workerData } from "node:worker_threads";
import { chunkProcessor, type WorkerSetup } from "./worker.ts";

export default chunkProcessor(workerData as WorkerSetup);
