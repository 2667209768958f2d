/**
 * word/fontTable.xml with the notice's fonts and their fallbacks. A machine without 方正小标宋简体 or
 * 仿宋_GB2312 (most office PCs have 仿宋 and 宋体 since Windows Vista, not the GB2312 fonts) takes the
 * w:altName given here; w:charset 86 (GB2312) tells Word the fonts are Chinese, so it never
 * substitutes a Latin font.
 */
import { FONTS } from './gbt9704';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

const fontEntry = ({ name, fallback }: { name: string; fallback: string }) =>
  `<w:font w:name="${escape(name)}"><w:altName w:val="${escape(fallback)}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;

export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  Object.values(FONTS).map(fontEntry).join('') +
  '</w:fonts>';
