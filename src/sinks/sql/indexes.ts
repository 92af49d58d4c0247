/**
 * The columns people filter by, each indexed: which places (by code or
 * name), which awards (by name or year), who said or won what. Foreign keys
 * are indexed besides these, by the derivation.
 */
export const FILTER_INDEXES: ReadonlyArray<readonly [table: string, column: string]> = [
  ["articles", "published"],
  ["officials", "name"],
  ["places", "code"],
  ["places", "name"],
  ["awards", "name"],
  ["awards", "year"],
  ["award_results", "recipient"],
  ["quotes", "speaker"],
];
