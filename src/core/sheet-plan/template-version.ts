/** A short content hash of a template, stored in the sheets made from it (FNV-1a, 32 bits). */
import type { Template } from '../template-schema';

/** Templates are not changed once parsed; a workbook of 112 sites asks 226 times for the same hash. */
const versions = new WeakMap<Template, string>();

export function templateVersion(template: Template): string {
  const known = versions.get(template);
  if (known !== undefined) return known;
  const text = JSON.stringify(template);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const edition = 'edition' in template && template.edition !== null ? `${template.edition}-` : '';
  const version = `${edition}${hash.toString(16).padStart(8, '0')}`;
  versions.set(template, version);
  return version;
}
