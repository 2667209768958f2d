/**
 * One way to read text the user gives the project (templates, site lists, member lists, score
 * tables), in the CLI and in the pane:
 * - bytes → text: a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise valid UTF-8 is UTF-8 and
 *   anything else is GBK, as Chinese Windows saves "ANSI" text and "CSV (逗号分隔)". TextDecoder knows
 *   GBK in browsers and in Node with full ICU (the default builds).
 * - characters XML 1.0 forbids (C0 controls but tab and line breaks, U+FFFE, U+FFFF, unpaired
 *   surrogates) cannot be written to .xlsx (the file becomes unreadable), and invisible characters
 *   (zero-width spaces, the BOM inside text) make two equal names look different: both are found here
 *   so the callers can refuse or remove them with a message.
 */

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/**
 * Whether bytes are binary rather than text: a NUL byte in the first 8 KB, unless a UTF-16 byte order
 * mark says NULs are part of the text. The one check the CLI, the pane and the file sniffer share.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !utf16 && bytes.subarray(0, 8192).includes(0);
}

/** Characters that may not appear in an XML 1.0 document (and so not in an .xlsx cell or sheet name). */
// eslint-disable-next-line no-control-regex -- these control characters are what is looked for
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Zero-width and other invisible format characters, and the BOM inside text. */
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g;

export function hasXmlIllegal(text: string): boolean {
  XML_ILLEGAL.lastIndex = 0;
  return XML_ILLEGAL.test(text);
}

/** The first character of `text` XML forbids, or null. */
export function firstXmlIllegal(text: string): string | null {
  XML_ILLEGAL.lastIndex = 0;
  return XML_ILLEGAL.exec(text)?.[0] ?? null;
}

/** `text` without the characters XML forbids. */
export function withoutXmlIllegal(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/** A name as the user meant it: no XML-illegal or invisible characters, no surrounding spaces. */
export function cleanName(text: string): string {
  return withoutXmlIllegal(text).replace(INVISIBLE, '').trim();
}

/** Terminal control sequences and other C0/C1 controls (tab and newline kept), for printing names. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001B\[[0-?]*[ -/]*[@-~]|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '');
}

/**
 * At most `max` UTF-16 units of `text` (how Excel counts a sheet name's 31), never cutting a
 * surrogate pair (an emoji, a rare CJK character) in half.
 */
export function takeChars(text: string, max: number): string {
  if (text.length <= max) return text;
  let result = '';
  for (const char of text) {
    if (result.length + char.length > max) break;
    result += char;
  }
  return result;
}
