/**
 * The notice (a NoticePlan from src/core/notice) as a Word document in the layout of GB/T 9704-2012
 * (gbt9704.ts has the numbers and the clauses). Written with the `docx` library; runs in Node (the
 * CLI) and in the browser (the pane), so it takes the chart images as bytes and returns bytes.
 */
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { NoticeAttachment, NoticeBlock, NoticePlan } from '../core/notice/notice-types';
import { CHAR, CHARACTER_SPACING, FONTS, LINE_PITCH, MARGIN, PAGE, PAGE_NUMBER_DISTANCE, SIZE_PT, TYPE_AREA, halfPoints } from './gbt9704';
import { FONT_TABLE_XML } from './font-table';

/** A chart image: PNG bytes and the size to show it at in CSS pixels (96 dpi). */
export interface NoticeImage {
  png: Uint8Array;
  width: number;
  height: number;
}

type FontKey = keyof typeof FONTS;

function run(text: string, font: FontKey, points: number, extra: Partial<IRunOptions> = {}): TextRun {
  const name = FONTS[font].name;
  return new TextRun({ text, font: { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' }, size: halfPoints(points), ...extra });
}

/** 5.2.3: every body line on the 22-line grid (exact line pitch, so no renderer fits a 23rd line). */
const onGrid = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };
/** 7.3.3: 正文 … 每个自然段左空二字. */
const indentTwo = { firstLine: 2 * CHAR, firstLineChars: 200 };

/** A run of 三号 text, narrowed to 28 characters a line (5.2.3). */
const bodyRun = (text: string, font: FontKey = 'body') => run(text, font, SIZE_PT.san, { characterSpacing: CHARACTER_SPACING });

function bodyParagraph(text: string, font: FontKey = 'body'): Paragraph {
  return new Paragraph({ children: [bodyRun(text, font)], spacing: onGrid, indent: indentTwo, alignment: AlignmentType.JUSTIFIED });
}

function titleParagraph(text: string): Paragraph[] {
  // 7.3.1: 标题一般用2号小标宋体字，编排于红色分隔线下空二行位置，分一行或多行居中排布. Bold for the
  // 宋体 fallback, as the issue asks; an empty line on the grid follows (7.3.2: 主送机关编排于标题下空一行位置).
  return [
    new Paragraph({ children: [run(text, 'title', SIZE_PT.er, { bold: true })], alignment: AlignmentType.CENTER, spacing: { line: Math.round(LINE_PITCH * 1.2), lineRule: LineRuleType.EXACT } }),
    new Paragraph({ children: [], spacing: onGrid }),
  ];
}

function chartParagraphs(block: Extract<NoticeBlock, { kind: 'chart' }>, images: ReadonlyMap<string, NoticeImage>): Paragraph[] {
  const image = images.get(block.id);
  if (!image) return [];
  // At most the type area's width (156 mm = 590 px at 96 dpi); images are not on the line grid.
  const maxWidth = Math.floor((TYPE_AREA.width / 1440) * 96);
  const scale = Math.min(1, maxWidth / image.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new ImageRun({ type: 'png', data: image.png, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }, altText: { name: block.caption, description: block.caption, title: block.caption } })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: onGrid, children: [run(block.caption, 'heading2', SIZE_PT.si)] }),
  ];
}

/** 7.3.4 附件说明: 在正文下空一行左空二字编排“附件”二字，后标全角冒号和附件名称; 多个附件用阿拉伯数字标注序号. */
function attachmentList(titles: readonly string[]): Paragraph[] {
  const lead = '附件：';
  return [
    new Paragraph({ children: [], spacing: onGrid }),
    ...titles.map((title, i) => {
      const text = titles.length === 1 ? title : `${i + 1}．${title}`;
      // Later lines align with the first title: indented by 2 + 3 characters (“附件：”).
      return new Paragraph({ spacing: onGrid, indent: { left: 5 * CHAR, hanging: i === 0 ? 3 * CHAR : 0 }, children: [bodyRun(i === 0 ? `${lead}${text}` : text)] });
    }),
  ];
}

/**
 * 7.3.5.1 (加盖印章的公文; the seal is applied on paper): 成文日期右空四字; 发文机关署名
 * 以成文日期为准居中编排. Both right-aligned, the issuer shifted to centre over the date.
 */
function signature(issuer: string, date: string): Paragraph[] {
  const dateIndent = 4 * CHAR;
  const issuerIndent = dateIndent + Math.max(0, Math.round(((date.length - issuer.length) * CHAR) / 2));
  return [
    new Paragraph({ children: [], spacing: onGrid }),
    new Paragraph({ children: [], spacing: onGrid }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: onGrid, indent: { right: issuerIndent }, children: [bodyRun(issuer)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: onGrid, indent: { right: dateIndent }, children: [bodyRun(date)] }),
  ];
}

function blockParagraphs(block: NoticeBlock, images: ReadonlyMap<string, NoticeImage>): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return titleParagraph(block.text);
    case 'addressee':
      // 7.3.2 主送机关: 编排于标题下空一行位置，居左顶格.
      return [new Paragraph({ children: [bodyRun(block.text)], spacing: onGrid })];
    case 'heading1':
      return [bodyParagraph(block.text, 'heading1')];
    case 'heading2':
      return [bodyParagraph(block.text, 'heading2')];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'chart':
      return chartParagraphs(block, images);
    case 'attachmentList':
      return attachmentList(block.titles);
    case 'signature':
      return signature(block.issuer, block.date);
  }
}

/** Table text (五号), single-spaced: the attachments' section has no line grid (noticeDocument). */
const TABLE_LINE = { line: 300, lineRule: LineRuleType.EXACT };

function tableCell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: TABLE_LINE, children: [run(text, header ? 'heading1' : 'body', SIZE_PT.wu)] })],
  });
}

/**
 * 7.3.7 附件: 附件应当另面编排; “附件”二字及附件顺序号用3号黑体字顶格编排在版心左上角第一行; 附件标题
 * 居中编排在版心第三行. The table's header row is repeated on every page it runs over (w:tblHeader).
 */
function attachmentParagraphs(attachment: NoticeAttachment): (Paragraph | Table)[] {
  const total = attachment.table.widths.reduce((sum, w) => sum + w, 0);
  const widths = attachment.table.widths.map((w) => Math.floor((w / total) * TYPE_AREA.width));
  const row = (cells: readonly string[], header: boolean) =>
    new TableRow({ tableHeader: header, cantSplit: true, children: cells.map((text, i) => tableCell(text, widths[i], header)) });
  return [
    new Paragraph({ pageBreakBefore: true, spacing: onGrid, children: [bodyRun(attachment.label, 'heading1')] }),
    new Paragraph({ children: [], spacing: onGrid }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: Math.round(LINE_PITCH * 1.2), lineRule: LineRuleType.EXACT }, children: [run(attachment.title, 'title', SIZE_PT.er, { bold: true })] }),
    new Paragraph({ children: [], spacing: onGrid }),
    new Table({
      width: { size: TYPE_AREA.width, type: WidthType.DXA },
      columnWidths: widths,
      rows: [row(attachment.table.headers, true), ...attachment.table.rows.map((cells) => row(cells, false))],
    }),
    ...(attachment.note ? [new Paragraph({ spacing: onGrid, children: [run(attachment.note, 'body', SIZE_PT.wu)] })] : []),
  ];
}

/**
 * 7.5 页码: 4号半角宋体阿拉伯数字，编排在公文版心下边缘之下，数码左右各放一条一字线; 一字线上距版心下
 * 边缘7mm; 单页码居右空一字，双页码居左空一字. Odd and even pages have their own footer.
 */
const PAGE_NUMBER_LINE = 360;
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const oneCharacter = SIZE_PT.si * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneCharacter } : { left: oneCharacter },
        spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT },
        children: [run('— ', 'pageNumber', SIZE_PT.si), run('', 'pageNumber', SIZE_PT.si, { children: [PageNumber.CURRENT] }), run(' —', 'pageNumber', SIZE_PT.si)],
      }),
    ],
  });
}

export function noticeDocument(plan: NoticePlan, images: ReadonlyMap<string, NoticeImage> = new Map()): Document {
  const page = {
    size: { width: PAGE.width, height: PAGE.height },
    // The footer's top sits 7 mm below the type area (7.5).
    margin: { ...MARGIN, header: MARGIN.top - CHAR, footer: MARGIN.bottom - PAGE_NUMBER_DISTANCE - PAGE_NUMBER_LINE },
  };
  // 5.2.3: 22 lines a page — Word's document grid ("只指定行网格") in the body; 28 characters a line by
  // the runs' spacing (gbt9704.ts, CHARACTER_SPACING).
  return new Document({
    title: plan.title,
    creator: '政府网站绩效评估',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.body.name, size: halfPoints(SIZE_PT.san) } } } },
    sections: [
      {
        properties: { page, grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH } },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: plan.blocks.flatMap((block) => blockParagraphs(block, images)),
      },
      // The attachments in a section of their own (a new page, numbered on), without the line grid,
      // which LibreOffice applies to every table row (a row a grid line: twice the pages); their few
      // text lines keep the grid's pitch as exact spacing.
      ...(plan.attachments.length
        ? [{ properties: { page }, footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') }, children: plan.attachments.flatMap(attachmentParagraphs) }]
        : []),
    ],
  });
}

/** The .docx file's bytes. */
export async function noticeDocx(plan: NoticePlan, images: ReadonlyMap<string, NoticeImage> = new Map()): Promise<Uint8Array> {
  return Packer.pack(noticeDocument(plan, images), 'uint8array', false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
