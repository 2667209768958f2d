/** A File as the pane's pickers hand it over, for jsdom, whose File has no arrayBuffer(). */
export function jsdomFile(content: Uint8Array | string, name: string): File {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const file = new File([bytes as BlobPart], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}
