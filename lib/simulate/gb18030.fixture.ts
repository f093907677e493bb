// Test data: GB18030-encoded bytes, as Excel saves a CSV on Chinese Windows.

/**
 * GB18030 bytes for a text of ASCII and two-byte (GBK) characters. TextEncoder only writes
 * UTF-8, so the table is read back from the standard decoder: every two-byte sequence, decoded.
 */
export function gb18030(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\uFFFD" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}
