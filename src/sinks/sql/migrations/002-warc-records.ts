/** Warta 0.2.0: articles read from WARC archives say which record of the archive they were (`source.record`). */
import { addColumn, type Migration } from "../migration.ts";

export const warcRecords: Migration = {
  version: 2,
  name: "warc-records",
  operations: [addColumn("articles", "source_record integer null")],
};
