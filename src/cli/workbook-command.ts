/** `workbook <template-id> [--sites sites.txt] [--portable] -o out.xlsx [--force]`: the scoring workbook as .xlsx. */
import { checkSiteList, planScoringWorkbook } from '../core/sheet-plan/workbook-plan';
import { checkTemplate } from '../core/template-checker';
import { workbookBytesBySize } from '../xlsx/stream-workbook';
import { resolveTemplateArgument, templateLookup } from './template-files';
import type { CommandOutput } from './commands';
import { WORKBOOK_USAGE } from './usage';
import type { ParsedArgs } from './args';
import { outputRefusal, writeOutputFile } from './output-file';
import { readInputText } from './input-file';

/** Sheet names listed in full up to this many; beyond it the output line gives counts. */
const LISTED_SHEETS = 6;

export async function workbookCommand(args: ParsedArgs): Promise<CommandOutput> {
  const [templateArg] = args.positional;
  const output = args.options.get('-o') ?? args.options.get('--output');
  if (!templateArg || !output) return { stdout: WORKBOOK_USAGE, exitCode: 2 };
  const sitesFile = args.options.get('--sites');
  const refusal = outputRefusal(output, args.flags.has('--force'), [sitesFile, templateArg]);
  if (refusal) return refusal;
  const found = resolveTemplateArgument(templateArg);
  if (!found) return { stdout: `未找到模板 “${templateArg}”。`, exitCode: 2 };
  if (!found.result.ok) return { stdout: `模板无法读取：${found.result.issues.map((i) => i.message).join('；')}`, exitCode: 1 };
  const template = found.result.template;
  if (template.kind !== 'scoring') return { stdout: `模板 “${template.id}” 不是评分指标模板，不能生成评分表。`, exitCode: 2 };
  // A template the checker rejects (a lost weight, parts that do not add up) would give sheets that
  // score wrong: refuse, and say how to see why.
  const errors = checkTemplate(template, templateLookup()).issues.filter((issue) => issue.severity === 'error');
  const ignoreCheck = args.flags.has('--ignore-check');
  if (errors.length > 0 && !ignoreCheck) {
    const first = errors.slice(0, 3).map((issue) => `  ${issue.path ? `${issue.path}：` : ''}${issue.message}`);
    return {
      stdout: [`模板 “${template.id}” 有 ${errors.length} 个错误，不能据此生成评分表（得分会算错）：`, ...first, ...(errors.length > 3 ? ['  ……'] : []), `请先修正模板，详见：gov-eval check ${templateArg}（确需按此模板生成时加 --ignore-check）`].join('\n'),
      exitCode: 1,
    };
  }
  const list = sitesFile ? checkSiteList(readInputText(sitesFile, '网站名单文件')) : { sites: [], problems: [] };
  const listErrors = list.problems.filter((p) => p.severity === 'error');
  const warnings = list.problems.filter((p) => p.severity === 'warning').map((p) => `警告：网站名单${p.message}`);
  if (listErrors.length > 0) return { stdout: [`网站名单 “${sitesFile}” 有误，未生成评分表：`, ...listErrors.map((p) => `  ${p.message}`)].join('\n'), stderr: warnings.join('\n') || undefined, exitCode: 2 };
  if (sitesFile && list.sites.length === 0) return { stdout: `网站名单 “${sitesFile}” 中没有网站名称（每行一个）。`, exitCode: 2 };
  const sites = list.sites;
  if (errors.length > 0) warnings.unshift(`警告：模板 “${template.id}” 有 ${errors.length} 个错误（--ignore-check），评分表上的分数可能不对。`);
  const portable = args.flags.has('--portable');
  const plan = planScoringWorkbook(template, { sites, mode: portable ? 'portable' : 'gov' });
  writeOutputFile(output, await workbookBytesBySize(plan));
  const mode = portable ? '通用公式（无需加载项）' : 'GOV 函数（需加载项）';
  return {
    stdout: `已写入 ${output}：${plan.sheets.length} 个工作表（${sheetSummary(plan.sheets.map((sheet) => sheet.name), sites.length)}），${mode}。`,
    stderr: warnings.join('\n') || undefined,
    exitCode: 0,
  };
}

/** `汇总、甲、乙` for a few sheets, `汇总 + 112 个网站` for many (one line, not 112 names). */
function sheetSummary(names: readonly string[], sites: number): string {
  if (names.length <= LISTED_SHEETS) return names.join('、');
  const others = names.length - sites;
  return others > 0 ? `${names.slice(0, others).join('、')} + ${sites} 个网站` : `${sites} 个网站`;
}
