// The file piscina starts in each worker thread. Worker threads do not
// inherit tsx's module loader on Node 20, so the worker registers it itself
// (tsx's tsImport) and hands piscina the chunk processor for its setup.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const { chunkProcessor } = await tsImport("./worker.ts", import.meta.url);

export default chunkProcessor(workerData);
