/** `--sink` specs and the options beside them: what each means, and a clear usage error for what cannot work. */
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { UsageError } from "../../src/cli/main.ts";
import { batchSize, sinkFiles, sinkSpecs } from "../../src/cli/sinks.ts";
import { openSinks, parseSinkSpec } from "../../src/sinks/open.ts";
import { SinkOpenError } from "../../src/sinks/types.ts";

test.each([
  ["jsonl:out/r.jsonl", { kind: "jsonl", path: "out/r.jsonl" }],
  ["jsonl:-", { kind: "jsonl", path: "-" }],
  ["sqlite:out/warta.db", { kind: "sqlite", path: "out/warta.db" }],
  ["postgres://warta@db.local:5432/news", { kind: "postgres", url: new URL("postgres://warta@db.local:5432/news") }],
  ["postgresql://warta:secret@db.local/news?schema=warta", { kind: "postgres", url: new URL("postgresql://warta:secret@db.local/news?schema=warta") }],
])("%s", (spec, parsed) => {
  expect(parseSinkSpec(spec)).toEqual(parsed);
});

test.each([
  ["out.db", "--sink out.db: unknown sink; use jsonl:PATH, sqlite:PATH or postgres://USER@HOST:PORT/DB"],
  ["mysql://root@localhost/db", "unknown sink"],
  ["sqlite:", 'no file named after "sqlite:"'],
  ["jsonl:", 'no file named after "jsonl:"'],
  ["sqlite:-", "a SQLite database is a file"],
  [`sqlite:${tmpdir()}`, `${tmpdir()} is a directory, not a file`],
  ["postgres://", "not a URL of the form postgres://USER@HOST:PORT/DB"],
])("%s is a usage error", (spec, message) => {
  expect(() => sinkSpecs([spec], undefined)).toThrow(UsageError);
  expect(() => sinkSpecs([spec], undefined)).toThrow(message);
});

test("-o FILE is jsonl:FILE beside the --sink specs; with neither, output/records.jsonl", () => {
  expect(sinkSpecs(undefined, undefined)).toEqual([{ kind: "jsonl", path: "output/records.jsonl" }]);
  expect(sinkSpecs(["sqlite:w.db"], "-")).toEqual([{ kind: "jsonl", path: "-" }, { kind: "sqlite", path: "w.db" }]);
  expect(sinkFiles(sinkSpecs(["sqlite:w.db", "postgres://h/db"], "-"))).toEqual(["w.db"]);
});

test("--batch-size is a positive integer, 500 by default", () => {
  expect(batchSize(undefined)).toBe(500);
  expect(batchSize("20")).toBe(20);
  for (const bad of ["0", "-3", "2.5", "many"]) expect(() => batchSize(bad)).toThrow(`--batch-size must be a positive integer, got "${bad}"`);
});

test("a server that cannot be reached or a bad schema name cannot be opened; the password never shows", async () => {
  const options = { batchSize: 10, onError: () => {} };
  await expect(openSinks([parseSinkSpec("postgres://root:secret@127.0.0.1:1/test")], options)).rejects.toThrow(
    new SinkOpenError("cannot open postgres://root:***@127.0.0.1:1/test: connect ECONNREFUSED 127.0.0.1:1"),
  );
  await expect(openSinks([parseSinkSpec("postgres://root@127.0.0.1/test?schema=Bad-Name")], options)).rejects.toThrow('schema "Bad-Name"');
});
