/** A short content hash of a template, stored in the sheets made from it (FNV-1a, 32 bits). */
import type { Template } from '../template-schema';

export function templateVersion(template: Template): string {
  const text = JSON.stringify(template);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const edition = 'edition' in template && template.edition !== null ? `${template.edition}-` : '';
  return `${edition}${hash.toString(16).padStart(8, '0')}`;
}
