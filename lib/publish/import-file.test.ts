import { describe, expect, it } from "vitest";
import { draftFileName, isVersionEnvelope, pathInFile, readImportFile, scriptOfFile } from "./import-file";

describe("readImportFile", () => {
  it("reads a script document, with or without a byte-order mark", () => {
    expect(readImportFile('{"title":"话本"}')).toEqual({ ok: true, value: { title: "话本" }, envelope: false });
    expect(readImportFile('\uFEFF{"title":"话本"}')).toEqual({ ok: true, value: { title: "话本" }, envelope: false });
  });

  it("recognises a downloaded version and finds its script", () => {
    const file = readImportFile('{"slug":"a","version":2,"script":{"title":"t"}}');
    expect(file).toMatchObject({ ok: true, envelope: true });
    if (file.ok) expect(scriptOfFile(file)).toEqual({ title: "t" });
  });

  it("says why a file is not JSON", () => {
    const file = readImportFile("{ not json");
    expect(file.ok).toBe(false);
    if (!file.ok) expect(file.detail.length).toBeGreaterThan(0);
  });
});

describe("isVersionEnvelope", () => {
  it("needs both a version and a script", () => {
    expect(isVersionEnvelope({ version: 1, script: {} })).toBe(true);
    expect(isVersionEnvelope({ script: {} })).toBe(false);
    expect(isVersionEnvelope([1])).toBe(false);
    expect(isVersionEnvelope(null)).toBe(false);
  });
});

describe("pathInFile", () => {
  it("drops the request's document prefix, or says script for a downloaded version", () => {
    expect(pathInFile(["document", "nodes", 3, "text"], false)).toBe("nodes[3].text");
    expect(pathInFile(["document", "nodes", 3, "text"], true)).toBe("script.nodes[3].text");
    expect(pathInFile(["document"], false)).toBe("$");
    expect(pathInFile(["document"], true)).toBe("script");
  });
});

describe("draftFileName", () => {
  it("names the slug and revision", () => {
    expect(draftFileName("broadband-fault", 12)).toBe("broadband-fault-draft-r12.json");
  });
});
