/**
 * `notice` on a 195-site table in four categories with a previous year (issue 16, done when): the
 * .docx's XML has the GB/T 9704-2012 page setup and fonts; its body states the pass rate, the change
 * and the sites below 60 exactly as `rank --json` computes them (the change from `rank --json` of the
 * previous table); its attachments hold every site once in rank order with 并列 where tied; and
 * LibreOffice converts it to PDF. Expectations come from rank's JSON or from the standard's numbers
 * in millimetres, never from the notice code.
 */
import JSZip from 'jszip';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import type { RankingJson } from '../../src/core/ranking/ranking-json';
import { docxToPdf } from '../support/docx-pdf';
import { fixtureCsv, fixtureSites } from './notice-fixture';

const dir = mkdtempSync(join(tmpdir(), 'notice-cli-'));
const current = join(dir, '2024.csv');
const previous = join(dir, '2023.csv');
const output = join(dir, '通报.docx');
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
/** The text of each w:p (or of each cell's paragraphs), in order. */
const paragraphTexts = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
const tables = (xml: string) =>
  [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) => [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphTexts(cell[0]).join(''))));

let json: RankingJson;
let previousJson: RankingJson;
let docx: Uint8Array;
let documentXml: string;
let body: string;

beforeAll(async () => {
  writeFileSync(current, fixtureCsv(fixtureSites('current')));
  writeFileSync(previous, fixtureCsv(fixtureSites('previous')));
  json = JSON.parse((await run(['rank', current, '--previous', previous, '--json'])).stdout) as RankingJson;
  previousJson = JSON.parse((await run(['rank', previous, '--json'])).stdout) as RankingJson;
  const written = await run(['notice', current, '--previous', previous, '--year', '2024', '--issuer', '某某自治区人民政府办公厅', '--region', '全区', '-o', output]);
  expect(written.exitCode, written.stderr).toBe(0);
  expect(written.stdout).toContain('195 个网站');
  docx = readFileSync(output);
  documentXml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  body = paragraphTexts(documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')).join('\n');
}, 90_000); // the five chart images take resvg 10–15 s on two cores

describe('notice: the GB/T 9704-2012 layout in the XML', () => {
  it('is A4 with margins 37 / 35 / 28 / 26 mm and a 22-line grid', () => {
    const section = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(documentXml)![0];
    expect(section).toContain(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`);
    expect(section).toMatch(new RegExp(`<w:pgMar w:top="${twips(37)}" w:right="${twips(26)}" w:bottom="${twips(35)}" w:left="${twips(28)}"`));
    // 22 lines in the 225 mm type area.
    const pitch = Number(/w:linePitch="(\d+)"/.exec(section)![1]);
    expect(Math.floor(twips(225) / pitch)).toBe(22);
  });

  it('sets the title in 方正小标宋简体 二号, the body in 仿宋_GB2312 三号, headings in 黑体 and 楷体, with fallbacks', async () => {
    const zip = await JSZip.loadAsync(docx);
    const runOf = (text: string) => new RegExp(`<w:r>(?:(?!</w:r>).)*?<w:rFonts[^>]*w:eastAsia="([^"]+)"(?:(?!</w:r>).)*?<w:sz w:val="(\\d+)"/>(?:(?!</w:r>).)*?<w:t[^>]*>${text}`, 's').exec(documentXml);
    expect(runOf('某某自治区人民政府办公厅关于2024年度')?.slice(1)).toEqual(['方正小标宋简体', '44']);
    expect(runOf('一、总体情况')?.slice(1)).toEqual(['黑体', '32']);
    expect(runOf('（一）')?.slice(1)).toEqual(['楷体_GB2312', '32']);
    expect(runOf('为深入贯彻')?.slice(1)).toEqual(['仿宋_GB2312', '32']);
    // First-line indent of two characters on body paragraphs.
    expect(documentXml).toMatch(/<w:ind w:firstLine="\d+" w:firstLineChars="200"\/>/);
    const fonts = await zip.file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    // Page numbers "— 1 —" in 宋体 四号, odd pages right and even pages left.
    const settings = await zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(['word/footer1.xml', 'word/footer2.xml'].map((f) => zip.file(f)!.async('string')));
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(paragraphTexts(footer).join('')).toBe('—  —');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)![1]).sort()).toEqual(['left', 'right']);
  });

  it('starts each attachment on a new page with 附件N and repeats the table header rows', () => {
    // The attachments' section (the last sectPr, the body's own) has no line grid: table rows stay single-spaced.
    const sections = [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.map((section) => /<w:docGrid w:type="lines"/.test(section))).toEqual([true, false]);
    const labels = [...documentXml.matchAll(/<w:pageBreakBefore\/>[\s\S]*?<w:t[^>]*>(附件\d+)<\/w:t>/g)].map((m) => m[1]);
    expect(labels).toEqual(['附件1', '附件2', '附件3', '附件4', '附件5']);
    const headers = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => /<w:tr>\s*<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:tblHeader\/>/.test(t[0]));
    expect(headers).toEqual([true, true, true, true, true]);
  });
});

describe('notice: the figures are those of rank --json', () => {
  it('states the overall pass rate and its change in points', () => {
    const rate = json.overall.passRate!;
    const change = Math.round((rate - previousJson.overall.passRate!) * 100) / 100;
    const phrase = change === 0 ? '与上年持平' : `比上年${change > 0 ? '上升' : '下降'}${Math.abs(change).toFixed(2)}个百分点`;
    expect(body).toContain(`全区政府网站合格率为${rate.toFixed(2)}%，${phrase}`);
    expect(body).toContain(`本次共评估${json.overall.count}个政府网站`);
    for (const group of json.groups) expect(body).toContain(`${group.category}合格率为${group.passRate!.toFixed(2)}%`);
  });

  it('names every site below 60 with its score, and the vetoed ones', () => {
    const below = json.belowPassLine.filter((s) => s.score < json.policy.passLine);
    const vetoed = json.belowPassLine.filter((s) => s.score >= json.policy.passLine);
    expect(below.length).toBeGreaterThan(10);
    expect(vetoed.map((s) => s.name)).toEqual(['区直A网站018', '县区网站151']);
    expect(body).toContain(`低于60分的网站有${below.length}个：${below.map((s) => `${s.name}（${s.category}）${s.score.toFixed(2)}分`).join('、')}。`);
    expect(body).toContain(`因单项否决不合格的网站有2个：${vetoed.map((s) => `${s.name}（${s.category}）`).join('、')}。`);
  });

  it('lists the largest rank rise with both ranks', () => {
    const rows = json.groups.flatMap((g) => g.rows.map((r) => ({ ...r, category: g.category })));
    const top = Math.max(...rows.map((r) => r.rankChange ?? 0));
    const first = rows.find((r) => r.rankChange === top)!;
    expect(body).toContain(`排名上升较快的有：${first.name}（${first.category}，从第${first.previousRank}名上升到第${first.rank}名）`);
  });

  it('has one table per category with every site once, in rank order, 并列 where tied; then the failed sites', () => {
    const found = tables(documentXml);
    expect(found).toHaveLength(json.groups.length + 1);
    json.groups.forEach((group, g) => {
      expect(found[g][0]).toEqual(['排名', '单位名称', '网址', '总分（满分110分）']);
      expect(found[g].slice(1)).toEqual(group.rows.map((r) => [`${r.rank}${r.tied ? '（并列）' : ''}`, r.name, r.url ?? '', r.score.toFixed(2)]));
    });
    const names = found.slice(0, 4).flatMap((t) => t.slice(1).map((r) => r[1]));
    expect(names).toHaveLength(195);
    expect(new Set(names).size).toBe(195);
    expect(found[0].slice(1).some((r) => r[0].endsWith('（并列）'))).toBe(true);
    expect(found[4].slice(1).map((r) => r[2])).toEqual(json.belowPassLine.map((s) => s.name));
  });
});

describe('notice: from a ranking', () => {
  it('starts from rank --json as well as from the table: the same text and tables', async () => {
    const ranking = join(dir, '排名.json');
    writeFileSync(ranking, (await run(['rank', current, '--json'])).stdout);
    const fromRanking = join(dir, '通报（排名）.docx');
    const written = await run(['notice', ranking, '--previous', previous, '--year', '2024', '--issuer', '某某自治区人民政府办公厅', '--region', '全区', '-o', fromRanking]);
    expect(written.exitCode, written.stderr).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(fromRanking))).file('word/document.xml')!.async('string');
    expect(paragraphTexts(xml)).toEqual(paragraphTexts(documentXml));
  }, 90_000);
});

describe('notice: LibreOffice opens it', () => {
  it('converts to a PDF of several pages whose text holds the title and the sites, in a CJK font', async () => {
    const pdf = await docxToPdf(docx);
    // Body and charts, then 195 rows single-spaced (a row per grid line would take over 30 pages).
    expect(pdf.pages).toBeGreaterThan(10);
    expect(pdf.pages).toBeLessThan(30);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain('某某自治区人民政府办公厅关于2024年度全区政府网站绩效评估情况的通报');
    expect(text).toContain(json.groups[3].rows.at(-1)!.name);
    // No missing glyphs: every font embedded, the CJK text in a CJK font, no replacement characters.
    expect(pdf.fonts.some((line) => /CJK/i.test(line))).toBe(true);
    expect(pdf.fonts.every((line) => / yes +yes +yes /.test(line))).toBe(true);
    expect(pdf.text).not.toMatch(/[\uFFFD\u25A1]/);
  }, 120_000);
});
