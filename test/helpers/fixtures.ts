import { fileURLToPath } from "node:url";
import { runBatch } from "../../src/batch/run.ts";
import type { WartaRecord } from "../../src/schema/record.ts";
import type { ErrorEntry } from "../../src/load/result.ts";

export const FIXTURES_DIR = fileURLToPath(new URL("../../fixtures/articles/", import.meta.url));
export const HELDOUT_DIR = fileURLToPath(new URL("../../fixtures/heldout/", import.meta.url));
export const BLIND_DIR = fileURLToPath(new URL("../../fixtures/blind/", import.meta.url));
export const BLIND_2_DIR = fileURLToPath(new URL("../../fixtures/blind-2/", import.meta.url));
export const BLIND_3_DIR = fileURLToPath(new URL("../../fixtures/blind-3/", import.meta.url));
export const BLIND_4_DIR = fileURLToPath(new URL("../../fixtures/blind-4/", import.meta.url));
export const BLIND_5_DIR = fileURLToPath(new URL("../../fixtures/blind-5/", import.meta.url));
export const BLIND_6_DIR = fileURLToPath(new URL("../../fixtures/blind-6/", import.meta.url));
export const BLIND_7_DIR = fileURLToPath(new URL("../../fixtures/blind-7/", import.meta.url));
export const BLIND_8_DIR = fileURLToPath(new URL("../../fixtures/blind-8/", import.meta.url));
export const BLIND_9_DIR = fileURLToPath(new URL("../../fixtures/blind-9/", import.meta.url));
export const BLIND_10_DIR = fileURLToPath(new URL("../../fixtures/blind-10/", import.meta.url));
export const BLIND_11_DIR = fileURLToPath(new URL("../../fixtures/blind-11/", import.meta.url));
export const BLIND_12_DIR = fileURLToPath(new URL("../../fixtures/blind-12/", import.meta.url));
export const BLIND_13_DIR = fileURLToPath(new URL("../../fixtures/blind-13/", import.meta.url));
export const BLIND_14_DIR = fileURLToPath(new URL("../../fixtures/blind-14/", import.meta.url));
export const SHARED_DIR = fileURLToPath(new URL("../../../shared/", import.meta.url));

/** Runs the whole pipeline over a folder, in process, as `npm run extract` would. */
export async function extractFolder(dir: string): Promise<{ records: WartaRecord[]; errors: ErrorEntry[] }> {
  const records: WartaRecord[] = [];
  const errors: ErrorEntry[] = [];
  await runBatch([dir], {}, { record: ({ json }) => void records.push(JSON.parse(json) as WartaRecord), error: (e) => void errors.push(e) });
  return { records, errors };
}
