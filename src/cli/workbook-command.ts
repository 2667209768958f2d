/** `workbook <template-id> [--sites sites.txt] [--portable] -o out.xlsx`: the scoring workbook as .xlsx. */
import { existsSync, readFileSync } from 'node:fs';
import { planScoringWorkbook, parseSiteList } from '../core/sheet-plan/workbook-plan';
import { workbookBytes } from '../xlsx/write-workbook';
import { resolveTemplateArgument } from './template-files';
import type { CommandOutput } from './commands';
import { WORKBOOK_USAGE } from './usage';
import type { ParsedArgs } from './args';
import { outputRefusal, writeOutputFile } from './output-file';

/** Sheet names listed in full up to this many; beyond it the output line gives counts. */
const LISTED_SHEETS = 6;

export async function workbookCommand(args: ParsedArgs): Promise<CommandOutput> {
  const [templateArg] = args.positional;
  const output = args.options.get('-o') ?? args.options.get('--output');
  if (!templateArg || !output) return { stdout: WORKBOOK_USAGE, exitCode: 2 };
  const refusal = outputRefusal(output, args.flags.has('--force'));
  if (refusal) return refusal;
  const found = resolveTemplateArgument(templateArg);
  if (!found) return { stdout: `未找到模板 “${templateArg}”。`, exitCode: 2 };
  if (!found.result.ok) return { stdout: `模板无法读取：${found.result.issues.map((i) => i.message).join('；')}`, exitCode: 1 };
  const template = found.result.template;
  if (template.kind !== 'scoring') return { stdout: `模板 “${template.id}” 不是评分指标模板，不能生成评分表。`, exitCode: 2 };
  const sitesFile = args.options.get('--sites');
  if (sitesFile && !existsSync(sitesFile)) return { stdout: `网站名单文件 “${sitesFile}” 不存在。`, exitCode: 2 };
  const sites = sitesFile ? parseSiteList(readFileSync(sitesFile, 'utf8')) : [];
  const portable = args.flags.has('--portable');
  const plan = planScoringWorkbook(template, { sites, mode: portable ? 'portable' : 'gov' });
  writeOutputFile(output, await workbookBytes(plan));
  const mode = portable ? '通用公式（无需加载项）' : 'GOV 函数（需加载项）';
  return { stdout: `已写入 ${output}：${plan.sheets.length} 个工作表（${sheetSummary(plan.sheets.map((sheet) => sheet.name), sites.length)}），${mode}。`, exitCode: 0 };
}

/** `汇总、甲、乙` for a few sheets, `汇总 + 112 个网站` for many (one line, not 112 names). */
function sheetSummary(names: readonly string[], sites: number): string {
  if (names.length <= LISTED_SHEETS) return names.join('、');
  const others = names.length - sites;
  return others > 0 ? `${names.slice(0, others).join('、')} + ${sites} 个网站` : `${sites} 个网站`;
}
