/**
 * The notice (通报) as plain data: a document plan that the .docx writer (src/docx) and any other
 * writer render as they are. Every figure in it comes from one RankingResult, the same one the 排名
 * sheet is planned from (issue 16: one source, no retyped number).
 */

/** One block of the body, in reading order. */
export type NoticeBlock =
  /** The title (GB/T 9704-2012 7.3.1: 2号小标宋体字, centred). */
  | { kind: 'title'; text: string }
  /** 主送机关 (7.3.2): flush left, no indent, followed by a colon in the text. */
  | { kind: 'addressee'; text: string }
  /** A first-level heading 一、… (7.3.3: 黑体字). */
  | { kind: 'heading1'; text: string }
  /** A second-level heading （一）… (7.3.3: 楷体字). */
  | { kind: 'heading2'; text: string }
  /** A body paragraph, first line indented by two characters. */
  | { kind: 'paragraph'; text: string }
  /** A chart image, placed by its id in the charts the writer is given. */
  | { kind: 'chart'; id: string; caption: string }
  /** 附件说明 (7.3.4): "附件：1．…" with the attachment titles, one per line. */
  | { kind: 'attachmentList'; titles: string[] }
  /** 发文机关署名 and 成文日期 (7.3.5), right-aligned. */
  | { kind: 'signature'; issuer: string; date: string };

export interface NoticeTable {
  headers: string[];
  rows: string[][];
  /** Relative column widths (characters), one per header. */
  widths: number[];
}

/** An attachment: "附件N" top-left on a new page (7.3.7), its title centred, then its table. */
export interface NoticeAttachment {
  label: string;
  title: string;
  table: NoticeTable;
  /** A line after the table (e.g. the category's pass rate). */
  note?: string;
}

/** A chart the notice shows, as data: the charts module renders it (SVG, PNG). */
export type NoticeChart =
  | { id: string; kind: 'scores'; title: string; category: string; names: string[]; scores: number[]; /** Below the line or vetoed (red). */ failed: boolean[]; passLine: number; fullScore: number }
  | { id: string; kind: 'passRates'; title: string; categories: string[]; current: (number | null)[]; previous: (number | null)[] | null; year: number | null };

export interface NoticePlan {
  title: string;
  blocks: NoticeBlock[];
  attachments: NoticeAttachment[];
  charts: NoticeChart[];
}
