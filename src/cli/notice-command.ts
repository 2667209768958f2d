/**
 * `notice <score table> [--previous FILE] [--year 2024] [--issuer 名称] [--region 全区] [--text 正文模板.md]
 * -o 通报.docx [--force]` (plus rank's --sheet, --tie, --decimals, --pass, --full-score): the 通报 as a
 * Word document in the GB/T 9704-2012 layout, ranked exactly as `rank` ranks (rankFromArgs), with the
 * charts as images. Nothing is written while the ranking or the text template has errors.
 */
import { DEFAULT_NOTICE_FIELD_OPTIONS } from '../core/notice/notice-fields';
import { planNotice } from '../core/notice/notice-plan';
import type { NoticePlan } from '../core/notice/notice-types';
import type { NoticeImage } from '../docx/notice-docx';
import type { ParsedArgs } from './args';
import type { CommandOutput } from './commands';
import { readInputText } from './input-file';
import { writeOutputFile } from './output-file';
import { issueLine, rankFromArgs } from './rank-command';
import { NOTICE_USAGE } from './usage';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function yearOption(text: string | undefined): Parsed<number | null> {
  if (text === undefined) return { ok: true, value: null };
  const year = Number(text);
  return /^\d{4}$/.test(text) && year >= 2000 && year <= 2100 ? { ok: true, value: year } : { ok: false, message: `选项 --year 的值 “${text}” 无效：应为四位年份，如 2024。` };
}

function issuerOption(text: string | undefined): Parsed<string> {
  if (text === undefined) return { ok: true, value: DEFAULT_NOTICE_FIELD_OPTIONS.issuer };
  const issuer = text.trim();
  // A name, printed in the title and the signature: no control characters, at most 40 characters.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
  if (issuer === '' || issuer.length > 40 || /[\u0000-\u001f\u007f]/.test(issuer)) return { ok: false, message: `选项 --issuer 的值 “${text}” 无效：应为发文机关名称（1–40 个字），如 某某市人民政府办公室。` };
  return { ok: true, value: issuer };
}

/** The chart images (PNG through resvg); without the native renderer the notice is written without them. */
async function chartImages(plan: NoticePlan): Promise<{ images: Map<string, NoticeImage>; warning?: string }> {
  const { chartSvg } = await import('../charts/chart-svg');
  let chartPng: typeof import('../charts/chart-png').chartPng;
  try {
    ({ chartPng } = await import('../charts/chart-png'));
  } catch {
    return { images: new Map(), warning: '警告：未找到图表渲染组件 @resvg/resvg-js（请在项目中运行 npm install），通报中未插入图表。' };
  }
  const pngs = await Promise.all(plan.charts.map((chart) => chartPng(chartSvg(chart))));
  return { images: new Map(pngs.map((png) => [png.id, png])) };
}

export async function noticeCommand(args: ParsedArgs): Promise<CommandOutput> {
  const output = args.options.get('-o') ?? args.options.get('--output');
  if (!output) return { stdout: `请用 -o 给出通报文件名（.docx）。\n${NOTICE_USAGE}`, exitCode: 2 };
  if (!/\.docx$/i.test(output)) return { stdout: `输出文件 “${output}” 应以 .docx 结尾（Word 文档）。\n${NOTICE_USAGE}`, exitCode: 2 };
  const year = yearOption(args.options.get('--year'));
  const issuer = issuerOption(args.options.get('--issuer'));
  if (!year.ok || !issuer.ok) return { stdout: `${year.ok ? '' : year.message}${issuer.ok ? '' : issuer.message}\n${NOTICE_USAGE}`, exitCode: 2 };
  const textFile = args.options.get('--text');
  const ranked = await rankFromArgs(args, NOTICE_USAGE, output, [textFile], true);
  if (!('result' in ranked)) return ranked;
  const template = textFile === undefined ? undefined : readInputText(textFile, '正文模板文件');
  const { result, region, fullScore } = ranked;
  const { plan, problems } = planNotice(result, { year: year.value, issuer: issuer.value, region, fullScore, ...(template === undefined ? {} : { template }) });
  const all = [...ranked.problems, ...problems];
  const stderr = all.map(issueLine);
  if (problems.some((p) => p.severity === 'error')) return { stdout: '', stderr: [...stderr, '通报未写入：请先改正正文模板。'].join('\n'), exitCode: 1 };
  if (result.overall.count === 0) return { stdout: '', stderr: [...stderr, '通报未写入：表格中没有可排名的网站。'].join('\n'), exitCode: 1 };
  const { images, warning } = await chartImages(plan);
  const { noticeDocx } = await import('../docx/notice-docx');
  writeOutputFile(output, await noticeDocx(plan, images));
  const exitCode = all.some((p) => p.severity === 'error') ? 1 : 0;
  const summary = `已写入 ${output}：${result.groups.length} 个类别，${result.overall.count} 个网站，附件 ${plan.attachments.length} 个，图表 ${images.size} 幅。`;
  return { stdout: summary, exitCode, stderr: [...stderr, ...(warning ? [warning] : [])].join('\n') || undefined };
}
