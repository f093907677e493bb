// A customer sample as a CSV file: its bytes decoded (UTF-8, with or without BOM, or GB18030, as
// Excel saves it on Chinese Windows) and its text read as RFC 4180 records. Pure: TextDecoder is
// standard in browsers and Node. Errors are codes with parameters, never sentences.

/** Larger files are refused before anything is decoded. */
export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export type CsvEncoding = "utf-8" | "gb18030";

export type BadEncodingReason =
  /** A UTF-16 byte order mark ("Unicode text" from Excel): save as CSV UTF-8 instead. */
  | "utf16"
  /** Neither valid UTF-8 nor valid GB18030. */
  | "undecodable"
  /** Decodes, but to control characters or private-use characters: not a text file in either encoding. */
  | "notText";

export type DecodeError =
  | { code: "tooLarge"; params: { bytes: number; limit: number } }
  | { code: "badEncoding"; params: { reason: BadEncodingReason } }
  | { code: "empty"; params: Record<string, never> };

export type Decoded = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; error: DecodeError };

// C0 controls but tab, line feed and carriage return; C1 controls; private-use characters, which
// GB18030 maps its user-defined areas to (what a Latin-1 or Big5 file tends to decode into).
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uE000-\uF8FF\uFFFD]/u;

/**
 * The text of a CSV file: UTF-8 when the bytes are valid UTF-8 (a byte order mark is dropped),
 * else GB18030 when they are valid GB18030; anything else, or text full of control or
 * private-use characters, is `badEncoding`. Over `MAX_CSV_BYTES` is `tooLarge`; no bytes, or
 * only blanks, is `empty`.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, error: { code: "tooLarge", params: { bytes: bytes.length, limit: MAX_CSV_BYTES } } };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return badEncoding("utf16");
  }
  let text: string;
  let encoding: CsvEncoding;
  const utf8 = decodeWith("utf-8", bytes);
  if (utf8 !== null) {
    text = utf8;
    encoding = "utf-8";
  } else {
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const gb = bom ? null : decodeWith("gb18030", bytes);
    if (gb === null) return badEncoding("undecodable");
    text = gb;
    encoding = "gb18030";
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  if (text.trim() === "") return { ok: false, error: { code: "empty", params: {} } };
  if (NOT_TEXT.test(text)) return badEncoding("notText");
  return { ok: true, text, encoding };
}

function decodeWith(encoding: CsvEncoding, bytes: Uint8Array): string | null {
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD; the BOM is stripped by us.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

const badEncoding = (reason: BadEncodingReason): Decoded => ({ ok: false, error: { code: "badEncoding", params: { reason } } });

export type CsvTable = {
  /** The first record, each name trimmed. Blank and repeated names are kept: columns are mapped by index. */
  headers: string[];
  /** The records after the header, each with exactly `headers.length` cells, as written (not trimmed). */
  rows: string[][];
  /** The 1-based line of the file each row starts on (a quoted cell may span lines). */
  lines: number[];
};

export type CsvError =
  | { code: "noHeader"; params: Record<string, never> }
  | { code: "raggedRow"; params: { line: number; row: number; expected: number; got: number } }
  | { code: "unclosedQuote"; params: { line: number } }
  | { code: "badQuote"; params: { line: number } };

export type ParsedCsv = ({ ok: true } & CsvTable) | { ok: false; error: CsvError };

/**
 * Reads CSV text (RFC 4180): comma-separated cells, a cell in double quotes may hold commas,
 * line breaks and doubled quotes (`""`); lines end with CRLF, LF or CR. The first record is the
 * header. Empty lines (and lines of nothing but spaces) are skipped. Every record must have as many cells as the header
 * (`raggedRow`, at its line; `row` is its 1-based number after the header); a quote that never
 * closes is `unclosedQuote` and text right after a closing quote `badQuote`. A quote inside an
 * unquoted cell is kept as it is.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  // Whether the current cell has begun (a quote opens a quoted cell only at its very start).
  let inCell = false;
  // Whether the current record has anything yet (an empty line is no record), and its first line.
  let started = false;
  let recordLine = 1;
  let line = 1;
  let i = 0;

  const begin = () => {
    if (!started) recordLine = line;
    started = true;
  };
  const endCell = () => {
    cells.push(cell);
    cell = "";
    inCell = false;
  };
  const endRecord = () => {
    if (started) {
      endCell();
      // A line of blanks alone is an empty line too.
      if (cells.length > 1 || cells[0]!.trim() !== "") records.push({ line: recordLine, cells });
    }
    cells = [];
    cell = "";
    inCell = false;
    started = false;
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && !inCell) {
      begin();
      inCell = true;
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) return { ok: false, error: { code: "unclosedQuote", params: { line: opened } } };
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] !== '"') break;
          cell += '"';
          i += 2;
          continue;
        }
        if (q === "\n" || (q === "\r" && text[i + 1] !== "\n")) line++;
        cell += q;
        i++;
      }
      i++; // the closing quote
      const after = text[i];
      if (after !== undefined && after !== "," && after !== "\r" && after !== "\n") return { ok: false, error: { code: "badQuote", params: { line } } };
      continue;
    }
    if (c === ",") {
      begin();
      endCell();
      i++;
      continue;
    }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      continue;
    }
    begin();
    inCell = true;
    cell += c;
    i++;
  }
  endRecord();

  const [header, ...body] = records;
  if (!header || header.cells.every((h) => h.trim() === "")) return { ok: false, error: { code: "noHeader", params: {} } };
  const expected = header.cells.length;
  for (const [index, record] of body.entries()) {
    if (record.cells.length !== expected) {
      return { ok: false, error: { code: "raggedRow", params: { line: record.line, row: index + 1, expected, got: record.cells.length } } };
    }
  }
  return { ok: true, headers: header.cells.map((h) => h.trim()), rows: body.map((r) => r.cells), lines: body.map((r) => r.line) };
}
