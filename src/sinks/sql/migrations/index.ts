/** Every schema migration, oldest first; the last one's version is the schema version this Warta writes. */
import type { Migration } from "../migration.ts";
import { initial } from "./001-initial.ts";
import { warcRecords } from "./002-warc-records.ts";

export const MIGRATIONS: readonly Migration[] = [initial, warcRecords];
