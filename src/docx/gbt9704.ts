/**
 * The page and type settings of GB/T 9704-2012 《党政机关公文格式》, in the units Word stores
 * (twips = 1/20 pt, half-points for font sizes). Clause numbers are the standard's.
 */

/** Millimetres to twips (1 inch = 25.4 mm = 1440 twips). */
export const mm = (value: number) => Math.round((value * 1440) / 25.4);

/** 5.1 幅面尺寸: A4, 210 mm × 297 mm. */
export const PAGE = { width: mm(210), height: mm(297) };

/**
 * 5.2.1 页边与版心尺寸: 天头（上白边）37 mm, 订口（左白边）28 mm, 版心 156 mm × 225 mm (not counting the page
 * number), which leaves 35 mm at the bottom and 26 mm on the right.
 */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
export const TYPE_AREA = { width: mm(156), height: mm(225) };

/** Chinese font sizes (字号) in points: 二号 22, 三号 16, 四号 14, 五号 10.5. */
export const SIZE_PT = { er: 22, san: 16, si: 14, wu: 10.5 };
/** Font size in half-points, as w:sz stores it. */
export const halfPoints = (points: number) => points * 2;

/** 5.2.3 行数和字数: 一般每面排22行，每行排28个字. */
export const LINES_PER_PAGE = 22;
export const CHARACTERS_PER_LINE = 28;
/** The line pitch that puts 22 lines in the 225 mm type area: 579 twips (28.95 pt). */
export const LINE_PITCH = Math.floor(TYPE_AREA.height / LINES_PER_PAGE);
/**
 * 28 characters of 三号 (16 pt = 320 twips) need 448 pt, the 156 mm line has 442.2 pt: each body
 * character is narrowed by 5 twips (w:spacing on the run, 15.75 pt a character, 28 in 441 pt). Word's
 * character grid (w:docGrid linesAndChars with w:charSpace) would do the same in Word, but LibreOffice
 * reads that grid as a grid of square cells and sets 17 characters a line; the run spacing reads the
 * same everywhere, and the grid keeps only the line pitch.
 */
export const CHARACTER_SPACING = Math.floor(TYPE_AREA.width / CHARACTERS_PER_LINE) - SIZE_PT.san * 20;

/** One body character with its spacing, in twips, for indents counted in characters. */
export const CHAR = SIZE_PT.san * 20 + CHARACTER_SPACING;

/**
 * 5.2.2 字体和字号 and 7.3: the fonts, each with the fallback an office PC without the font uses
 * (written as w:altName in the font table).
 */
export const FONTS = {
  /** 7.3.1 标题: 2号小标宋体字; fallback 宋体 (bold, as the issue asks). */
  title: { name: '方正小标宋简体', fallback: '宋体' },
  /** 5.2.2: 如无特殊说明，公文格式各要素一般用3号仿宋体字. */
  body: { name: '仿宋_GB2312', fallback: '仿宋' },
  /** 7.3.3: 结构层次序数 第一层“一、”用黑体字. */
  heading1: { name: '黑体', fallback: 'SimHei' },
  /** 7.3.3: 第二层“（一）”用楷体字. */
  heading2: { name: '楷体_GB2312', fallback: '楷体' },
  /** 7.5 页码: 一般用4号半角宋体阿拉伯数字. */
  pageNumber: { name: '宋体', fallback: 'SimSun' },
} as const;

/** 7.5: 数码左右各放一条一字线; 一字线上距版心下边缘7mm. */
export const PAGE_NUMBER_DISTANCE = mm(7);
