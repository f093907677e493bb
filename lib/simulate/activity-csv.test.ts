import { describe, expect, it } from "vitest";
import { MAX_CSV_BYTES, decodeCsv, parseCsv } from "./activity-csv";
import { gb18030 } from "./gb18030.fixture";

const utf8 = (text: string) => new TextEncoder().encode(text);
const CHINESE = "客户姓名,当前宽带速率（M）,在网时长（月）\r\n张先生,100,36\r\n王阿姨,300,12\r\n";

describe("decodeCsv", () => {
  it("reads a GB18030 file with Chinese headers", () => {
    const bytes = gb18030(CHINESE);
    // Known codes: 客 = BF CD, 户 = BB A7 (GB2312).
    expect([...bytes.slice(0, 4)]).toEqual([0xbf, 0xcd, 0xbb, 0xa7]);
    expect(decodeCsv(bytes)).toEqual({ ok: true, text: CHINESE, encoding: "gb18030" });
  });

  it("reads UTF-8 with and without a byte order mark, dropping the mark", () => {
    expect(decodeCsv(utf8(CHINESE))).toEqual({ ok: true, text: CHINESE, encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CHINESE)]);
    expect(decodeCsv(withBom)).toEqual({ ok: true, text: CHINESE, encoding: "utf-8" });
  });

  it("refuses a file over 10 MB before decoding it", () => {
    const big = new Uint8Array(MAX_CSV_BYTES + 1).fill(0x61);
    expect(decodeCsv(big)).toEqual({ ok: false, error: { code: "tooLarge", params: { bytes: MAX_CSV_BYTES + 1, limit: 10 * 1024 * 1024 } } });
    expect(decodeCsv(new Uint8Array(MAX_CSV_BYTES).fill(0x61)).ok).toBe(true);
  });

  it("refuses UTF-16, undecodable bytes, binary data and nothing at all", () => {
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toEqual({ ok: false, error: { code: "badEncoding", params: { reason: "utf16" } } });
    // A UTF-8 mark followed by bytes that are not UTF-8.
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0xbf, 0xcd]))).toMatchObject({ error: { code: "badEncoding", params: { reason: "undecodable" } } });
    // 0xFF is a lead byte in neither encoding.
    expect(decodeCsv(new Uint8Array([0x61, 0xff, 0x62]))).toMatchObject({ error: { code: "badEncoding", params: { reason: "undecodable" } } });
    expect(decodeCsv(new Uint8Array([0x61, 0x00, 0x62, 0x00]))).toMatchObject({ error: { code: "badEncoding", params: { reason: "notText" } } });
    // GB18030's user-defined area decodes to private-use characters: not a Chinese text.
    expect(decodeCsv(new Uint8Array([0x61, 0xaa, 0xa1, 0x0a]))).toMatchObject({ error: { code: "badEncoding", params: { reason: "notText" } } });
    expect(decodeCsv(new Uint8Array([]))).toEqual({ ok: false, error: { code: "empty", params: {} } });
    expect(decodeCsv(utf8(" \r\n\n"))).toMatchObject({ error: { code: "empty" } });
  });
});

describe("parseCsv", () => {
  it("reads headers and rows, with quotes, doubled quotes, commas and line breaks in cells", () => {
    const text = 'name,note,amount\r\n"Zhang, San","said ""hi""\r\nthen left",100\r\n\r\nLi,,""\n';
    const parsed = parseCsv(text);
    expect(parsed).toEqual({
      ok: true,
      headers: ["name", "note", "amount"],
      rows: [
        ["Zhang, San", 'said "hi"\r\nthen left', "100"],
        ["Li", "", ""],
      ],
      lines: [2, 5],
    });
  });

  it("takes LF, CRLF and CR line ends, a missing last line end and trims header names", () => {
    expect(parseCsv(" a , b \nx,y")).toMatchObject({ headers: ["a", "b"], rows: [["x", "y"]] });
    expect(parseCsv("a,b\rx,y\r")).toMatchObject({ rows: [["x", "y"]], lines: [2] });
    expect(parseCsv("\uFEFFa\n1\n")).toMatchObject({ headers: ["a"], rows: [["1"]] });
  });

  it("keeps a quote inside an unquoted cell and skips blank lines", () => {
    expect(parseCsv('a,b\n5"2,x\n   \n\n1,2\n')).toMatchObject({ rows: [['5"2', "x"], ["1", "2"]], lines: [2, 5] });
  });

  it("reports a ragged row with its line", () => {
    const parsed = parseCsv('a,b,c\n1,2,3\n"multi\nline",2,3\n4,5\n');
    expect(parsed).toEqual({ ok: false, error: { code: "raggedRow", params: { line: 5, row: 3, expected: 3, got: 2 } } });
    expect(parseCsv("a,b\n1,2,3\n")).toMatchObject({ error: { code: "raggedRow", params: { line: 2, row: 1, got: 3 } } });
  });

  it("reports a missing header, an unclosed quote and text after a closing quote", () => {
    expect(parseCsv("")).toEqual({ ok: false, error: { code: "noHeader", params: {} } });
    expect(parseCsv("\n\n , \n")).toMatchObject({ error: { code: "noHeader" } });
    expect(parseCsv('a,b\n1,"open\n\n')).toEqual({ ok: false, error: { code: "unclosedQuote", params: { line: 2 } } });
    expect(parseCsv('a,b\n1,"x"y\n')).toEqual({ ok: false, error: { code: "badQuote", params: { line: 2 } } });
  });
});
