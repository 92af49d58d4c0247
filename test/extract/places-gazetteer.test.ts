import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import { describe, expect, it } from "vitest";
import { sourceKey } from "../../src/cache.mjs";
import { areaRows } from "../../src/extract/places/areaData.ts";
import { AreaIndex } from "../../src/extract/places/areaIndex.ts";
import { cachedAreaIndex } from "../../src/extract/places/areaIndexCache.ts";
import { gazetteer } from "../../src/extract/places/gazetteer.ts";
import { joinedKeyOf, keysOf, tokenize } from "../../src/extract/places/tokens.ts";

describe("idn-area-data read directly", () => {
  it.each([
    ["provinces", getProvinces, null],
    ["regencies", getRegencies, "province_code"],
    ["districts", getDistricts, "regency_code"],
    ["villages", getVillages, "district_code"],
  ] as const)("%s: the same rows as the package's own reader", async (file, read, parentColumn) => {
    const expected = (await read()).map((row) => ({
      code: row.code,
      parent: parentColumn === null ? null : (row as unknown as Record<string, string>)[parentColumn]!,
      name: row.name,
    }));
    expect(areaRows(file)).toEqual(expected);
  });
});

describe("the packed kecamatan/desa index", () => {
  const rows = [...areaRows("districts"), ...areaRows("villages")];

  it("files a name under the same key as the token keys of the name joined", () => {
    for (const name of ["Sumberejo", "Ko\"ol", "Bu Nuapu’u", "Tanjung Kasuari", "Pulau Tiga-Tiga", "KALI BARU"]) {
      expect(joinedKeyOf(name)).toBe(keysOf(name).join(" "));
    }
  });

  it("gives every entry of a written name, in data order, like the token trie it replaces", () => {
    const byKey = new Map<string, string[]>();
    for (const { code, name } of rows) byKey.set(joinedKeyOf(name), [...(byKey.get(joinedKeyOf(name)) ?? []), `${code} ${name}`]);
    const areas = gazetteer.areas!;
    // Every 50th row, and the names with marks.
    const probes = rows.filter((row, i) => i % 50 === 0 || /[^A-Za-z ]/.test(row.name));
    for (const { name } of probes) {
      const tokens = tokenize(name);
      const match = areas.match(tokens, 0, () => true, () => true);
      expect(match?.last, name).toBe(tokens.length - 1);
      expect(match?.values.map((e) => `${e.code} ${e.name}`), name).toEqual(byKey.get(joinedKeyOf(name)));
    }
  });

  it("takes the longest name whose entries pass the filter, and stops where a token may not be part of a name", () => {
    const index = new AreaIndex();
    index.add("sumber", { name: "Sumber", level: "desa", code: "33.01.01.2001" });
    index.add("sumber rejo", { name: "Sumber Rejo", level: "kecamatan", code: "33.01.02" });
    index.seal();
    const tokens = tokenize("Sumber Rejo Wetan");
    expect(index.match(tokens, 0, () => true, () => true)?.values).toEqual([{ name: "Sumber Rejo", level: "kecamatan", code: "33.01.02" }]);
    expect(index.match(tokens, 0, () => true, (e) => e.level === "desa")).toEqual({ last: 0, values: [{ name: "Sumber", level: "desa", code: "33.01.01.2001" }] });
    expect(index.match(tokens, 0, (i) => i === 0, () => true)?.last).toBe(0);
    expect(index.match(tokens, 2, () => true, () => true)).toBeNull();
  });
});

describe("the area index saved and read back (areaIndexCache.ts)", () => {
  const small = () => {
    const index = new AreaIndex();
    index.add("sumber", { name: "Sumber", level: "desa", code: "33.01.01.2001" });
    index.add("sumber rejo", { name: "Sumber Rejo", level: "kecamatan", code: "33.01.02" });
    index.add("bu nuapu’u", { name: "Bu Nuapu’u", level: "kelurahan", code: "53.01.01.1001" });
    return index.seal();
  };

  it("reads back what was saved: the same bytes, the same matches (multi-word and beyond-ASCII names too)", () => {
    const saved = small().toBytes();
    const read = AreaIndex.fromBytes(saved);
    expect(read.toBytes().equals(saved)).toBe(true);
    for (const text of ["Sumber Rejo Wetan", "Sumber", "Bu Nuapu’u"]) {
      expect(read.match(tokenize(text), 0, () => true, () => true), text).toEqual(small().match(tokenize(text), 0, () => true, () => true));
    }
  });

  it("reads back the whole kecamatan/desa index byte for byte", () => {
    const saved = gazetteer.areas!.toBytes();
    expect(AreaIndex.fromBytes(saved).toBytes().equals(saved)).toBe(true);
  });

  it("refuses bytes that do not hold a whole index", () => {
    const saved = small().toBytes();
    for (const bad of [Buffer.alloc(0), saved.subarray(0, saved.length - 1), Buffer.concat([saved, Buffer.from("x")]), Buffer.from(saved.toString("latin1").replace("keyCount", "keyCounts"), "latin1")]) {
      expect(() => AreaIndex.fromBytes(bad)).toThrow();
    }
  });

  it("builds once, then reads the saved index; a damaged file is built again; a newer key's file replaces the older", () => {
    const dir = mkdtempSync(join(tmpdir(), "warta-area-cache-"));
    const data = join(dir, "villages.csv");
    writeFileSync(data, "code,name\n");
    let builds = 0;
    const build = () => {
      builds += 1;
      return small();
    };
    const first = cachedAreaIndex([data], build, dir);
    const second = cachedAreaIndex([data], build, dir);
    expect(builds).toBe(1);
    expect(second.toBytes().equals(first.toBytes())).toBe(true);
    const file = join(dir, `area-index-${sourceKey([data])}.bin`);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    expect(cachedAreaIndex([data], build, dir).toBytes().equals(first.toBytes())).toBe(true);
    expect(builds).toBe(2);
    // The data changes: a new key, a new file, and the old one is gone.
    writeFileSync(data, "code,name\n11.01.01.2001,Keude Bakongan\n");
    cachedAreaIndex([data], build, dir);
    expect(builds).toBe(3);
    expect(readdirSync(dir).filter((f) => f.startsWith("area-index-"))).toEqual([`area-index-${sourceKey([data])}.bin`]);
  });
});
