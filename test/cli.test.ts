/**
 * The extract command end to end, as a user runs it: records and errors
 * files, the summary line, and the exit status (0 clean, 1 when any article
 * failed, 2 on a usage error). Nothing is lost: every article read is a
 * record or an error entry.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { extract, readJsonl } from "./helpers/cli.ts";

test("a folder with good and bad articles: one record or one error entry per article, exit 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "warta-cli-"));
  const input = join(dir, "in");
  mkdirSync(join(input, "sub"), { recursive: true });
  writeFileSync(join(input, "a.txt"), "KOMPAS.com - Sebanyak 39 penghargaan diraih pada Senin (14/8/2023).\nBaca juga: 64 Ribu Tiket Ludes\n");
  writeFileSync(join(input, "sub", "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  writeFileSync(join(input, "empty.html"), "");
  writeFileSync(
    join(input, "dump.jsonl"),
    [JSON.stringify({ id: "x-1", text: "Jakarta (ANTARA) - Lima kategori dinilai tahun ini.", published: "2024-03-07T10:00:00+07:00" }), "{not json", JSON.stringify({ id: "x-3", text: 42 })].join("\n"),
  );
  writeFileSync(join(input, "notes.md"), "not an article");
  const out = join(dir, "records.jsonl");
  const errors = join(dir, "errors.jsonl");
  const run = extract([input, join(dir, "missing"), "-o", out, "--errors", errors]);

  expect(run.status).toBe(1);
  const records = readJsonl(out);
  const failures = readJsonl(errors);
  expect(records.map((r) => r.source.uri)).toEqual([join(input, "a.txt"), "x-1"]);
  expect(records[0].publisher).toBe("KOMPAS.com");
  expect(records[0].text).not.toContain("Baca juga");
  expect(records[0].counts.map((c: { value: number; unit: string }) => [c.value, c.unit])).toEqual([[39, "penghargaan"]]);
  expect(records[0].dates.map((d: { value: string }) => d.value)).toEqual(["2023-08-14"]);
  expect(records[1].referenceDate).toBe("2024-03-07");
  expect(records[1].dates.map((d: { value: string }) => d.value)).toEqual(["2024"]);

  expect(failures).toEqual([
    { source: { uri: join(input, "dump.jsonl"), line: 2 }, stage: "load", message: expect.stringContaining("line 2 is not JSON") },
    { source: { uri: "x-3", line: 3, file: join(input, "dump.jsonl") }, stage: "load", message: expect.stringContaining("text") },
    { source: { uri: join(input, "empty.html") }, stage: "load", message: "empty input" },
    { source: { uri: join(input, "sub", "binary.txt") }, stage: "load", message: expect.stringContaining("binary") },
    { source: { uri: join(dir, "missing") }, stage: "load", message: expect.stringContaining("ENOENT") },
  ]);
  expect(run.stderr).toMatch(/7 articles read, 2 records written, 5 errors \(load 5\), 1 other files skipped/);
});

test("ids are stable across runs; output files inside an input folder are not read back as input", () => {
  const dir = mkdtempSync(join(tmpdir(), "warta-cli-"));
  writeFileSync(join(dir, "a.txt"), "Warga menerima 12 paket bantuan.");
  const runOnce = (name: string) => {
    const out = join(dir, `${name}.jsonl`);
    const run = extract([join(dir, "a.txt"), dir, "-o", out, "--errors", join(dir, `${name}.errors.jsonl`)]);
    expect(run.status).toBe(0);
    return readJsonl(out);
  };
  const first = runOnce("first");
  const second = runOnce("second");
  expect(first.map((r) => r.source.uri)).toEqual([join(dir, "a.txt"), join(dir, "a.txt")]);
  // the first run's two records are now input to the second; the second's own output is not
  expect(second.length).toBe(4);
  expect(second[0].id).toBe(first[0].id);
});

test("usage errors exit 2 with a message", () => {
  expect(extract([]).status).toBe(2);
  const bad = extract(["fixtures", "--reference-date", "7 Maret"]);
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("--reference-date must be YYYY-MM-DD");
});
