/**
 * Bytes of a text table to text: a byte-order mark decides (UTF-8, UTF-16); otherwise valid UTF-8
 * is UTF-8 and anything else is GBK, as Chinese Excel saves "CSV (逗号分隔)". TextDecoder knows GBK
 * in browsers and in Node with full ICU (the default builds), so CLI and pane share this.
 */
export function decodeTableText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}
