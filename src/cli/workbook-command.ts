/** `workbook <template-id> [--sites sites.txt] [--portable] -o out.xlsx`: the scoring workbook as .xlsx. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { planScoringWorkbook, parseSiteList } from '../core/sheet-plan/workbook-plan';
import { workbookBytes } from '../xlsx/write-workbook';
import { resolveTemplateArgument } from './template-files';
import type { CommandOutput } from './commands';
import type { ParsedArgs } from './args';

export const WORKBOOK_USAGE = '用法：npm run cli -- workbook <模板标识 | 模板文件.json> [--sites 网站名单.txt] [--portable] -o 输出.xlsx';

export async function workbookCommand(args: ParsedArgs): Promise<CommandOutput> {
  const [templateArg] = args.positional;
  const output = args.options.get('-o') ?? args.options.get('--output');
  if (!templateArg || !output) return { stdout: WORKBOOK_USAGE, exitCode: 2 };
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
  writeFileSync(output, await workbookBytes(plan));
  const names = plan.sheets.map((sheet) => sheet.name).join('、');
  const mode = portable ? '通用公式（无需加载项）' : 'GOV 函数（需加载项）';
  return { stdout: `已写入 ${output}：${plan.sheets.length} 个工作表（${names}），${mode}。`, exitCode: 0 };
}
