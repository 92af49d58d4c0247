/**
 * The extract command end to end, as a user runs it: records and errors
 * files, the summary line, and the exit status (0 clean, 1 when any article
 * failed, 2 on a usage error). Nothing is lost: every article read is a
 * record or an error entry.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { extract, extractAsync, readJsonl } from "./helpers/cli.ts";
import { FIXTURES_DIR as FIXTURES } from "./helpers/fixtures.ts";
import { warcRecords } from "../bench/warc-writer.ts";

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

describe("hostile inputs run to the end: every good article a record, every bad unit a record or an error entry naming it", { timeout: 120_000 }, () => {
  test("a folder of hostile files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "warta-hostile-"));
    const input = join(dir, "in");
    mkdirSync(input);
    const lead = "Jakarta (ANTARA) - Pemerintah Kota Surabaya meraih 39 penghargaan pada Senin (5/6/2023).";
    const put = (name: string, data: string | Uint8Array) => writeFileSync(join(input, name), data);
    put("baik.txt", lead);
    put("baik.html", `<html><body><article><p>${lead}</p></article></body></html>`);
    put("kosong.txt", "");
    put("kosong.jsonl", "");
    put("gambar.html", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    put("lama.txt", Buffer.from("Bupati Kediri meresmikan Caf\u00e9 warga, Senin (5/6/2023).", "latin1"));
    put("bersarang.html", "<html><body>" + "<div>".repeat(20_000) + `<p>${lead}</p>` + "</div>".repeat(20_000) + "</body></html>");
    put("tak-ditutup.html", "<html><body><article><p>" + lead + "<div><span><p><b><i>".repeat(2000));
    put("terlalu-besar.txt", "a".repeat(3 * 1024 * 1024));
    const huge = (lead + " ").repeat(Math.ceil(5_000_000 / (lead.length + 1)));
    put(
      "dump.jsonl",
      [
        JSON.stringify({ id: "j-baik", text: lead }),
        "{ bukan json",
        JSON.stringify({ id: "j-angka", text: 42 }),
        JSON.stringify({ id: "j-larik", text: ["a", "b"] }),
        JSON.stringify({ id: "j-besar", text: huge }),
        JSON.stringify({ id: "j-tanpa-teks" }),
      ].join("\n") + "\n",
    );
    writeFileSync(join(input, "cp1252.jsonl"), Buffer.concat([Buffer.from('{"id": "j-lama", "text": "Caf'), Buffer.from([0xe9]), Buffer.from(' warga di Kediri."}\n')]));
    const pages = await warcRecords(
      [1, 2, 3].map((i) => ({ type: "response" as const, url: `https://berita.example.id/${i}`, httpHeaders: { "Content-Type": "text/html" }, body: `<html><body><p>${lead} ${i}</p></body></html>` })),
      { gzip: true },
    );
    const whole = Buffer.concat(pages);
    put("potong.warc.gz", whole.subarray(0, whole.length - 30));
    put("palsu.warc.gz", "bukan gzip sama sekali\n");

    const out = join(dir, "records.jsonl");
    const errorsPath = join(dir, "errors.jsonl");
    const run = await extractAsync([input, "-o", out, "--errors", errorsPath, "--max-article-mb", "2", "--quiet"]);
    expect(run.status).toBe(1);
    const records = readJsonl(out);
    const errors = readJsonl(errorsPath);
    const recordUris = records.map((r) => r.source.uri);
    const errorAt = (uri: string, line?: number) => errors.find((e) => e.source.uri === uri && (line === undefined || e.source.line === line))?.message;

    for (const uri of ["baik.txt", "baik.html", "lama.txt", "bersarang.html", "tak-ditutup.html"]) expect(recordUris).toContain(join(input, uri));
    expect(recordUris).toEqual(expect.arrayContaining(["j-baik", "j-lama", "https://berita.example.id/1", "https://berita.example.id/2"]));
    expect(records.find((r) => r.source.uri === join(input, "lama.txt")).meta.notes.join(" ")).toMatch(/windows-1252/);
    expect(records.find((r) => r.source.uri === "j-lama").text).toBe("Caf\u00e9 warga di Kediri.");

    const dump = join(input, "dump.jsonl");
    expect(errorAt(join(input, "kosong.txt"))).toBe("empty input");
    expect(errorAt(join(input, "gambar.html"))).toMatch(/binary/);
    expect(errorAt(join(input, "terlalu-besar.txt"))).toMatch(/over the 2\.0 MB limit/);
    expect(errorAt(dump, 2)).toMatch(/line 2 is not JSON/);
    expect(errorAt("j-angka")).toMatch(/text/);
    expect(errorAt("j-larik")).toMatch(/text/);
    expect(errorAt("j-tanpa-teks")).toMatch(/needs a string `text` or `html`/);
    expect(errorAt(dump, 5)).toMatch(/longer than the 2\.0 MB limit/);
    expect(errorAt(join(input, "potong.warc.gz"))).toMatch(/archive damaged.*truncated/);
    expect(errorAt(join(input, "palsu.warc.gz"))).toMatch(/not gzip-compressed/);
    // Nothing lost: every unit read is one record or one error entry: 8 files, 6 + 1 JSONL lines,
    // 2 whole WARC records and the damage, 1 fake archive (the empty JSONL file holds no article).
    expect(records.length + errors.length).toBe(19);
  });
});

describe("--resume", { timeout: 120_000 }, () => {
  test("an interrupted output is finished without duplicates or losses", async () => {
    const dir = mkdtempSync(join(tmpdir(), "warta-resume-"));
    const full = join(dir, "full.jsonl");
    expect((await extractAsync([FIXTURES, "-o", full, "--errors", join(dir, "e1.jsonl"), "--quiet"])).status).toBe(0);
    const lines = readFileSync(full, "utf8").split("\n").filter(Boolean);
    // The interruption: six records written, the seventh cut off half way.
    const partial = join(dir, "partial.jsonl");
    writeFileSync(partial, lines.slice(0, 6).join("\n") + "\n" + lines[6]!.slice(0, 200));
    const resumed = await extractAsync([FIXTURES, "-o", partial, "--errors", join(dir, "e2.jsonl"), "--resume"]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/6 already written \(resumed\)/);
    const ids = (path: string) => readJsonl(path).map((r) => r.id);
    expect(ids(partial)).toEqual(ids(full));
    expect(readFileSync(partial, "utf8")).toBe(readFileSync(full, "utf8"));
  });

  test("--resume with -o - is a usage error", () => {
    const run = extract(["fixtures", "-o", "-", "--resume"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--resume needs an output file");
  });
});
