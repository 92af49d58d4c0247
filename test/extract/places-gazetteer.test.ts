import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import { describe, expect, it } from "vitest";
import { areaRows } from "../../src/extract/places/areaData.ts";
import { AreaIndex } from "../../src/extract/places/areaIndex.ts";
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
