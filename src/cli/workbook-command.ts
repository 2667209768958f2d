/**
 * `workbook <template-id> [--sites sites.txt | --departments all|names.txt] [--portable]
 * [--self-assessment] -o out.xlsx [--force]`: the scoring workbook as .xlsx. With --departments (a template with a department scope,
 * gx-2023-department): one sheet per department, scored by its own profile (附录1/附录2), plus 汇总;
 * names.txt has one department a line as 附录1 spells it (自治区 may be left out); an unknown name is
 * refused with the nearest known one.
 */
import { checkSiteList, planScoringWorkbook } from '../core/sheet-plan/workbook-plan';
import { checkTemplate } from '../core/template-checker';
import { workbookBytesBySize } from '../xlsx/stream-workbook';
import { resolveTemplateArgument, templateLookup } from './template-files';
import type { CommandOutput } from './commands';
import { WORKBOOK_USAGE } from './usage';
import type { ParsedArgs } from './args';
import { outputRefusal, writeOutputFile } from './output-file';
import { readInputText } from './input-file';
import { findDepartment, scopeOf, type ScopeDepartment } from '../core/department-profile';
import type { DepartmentScopeTemplate, ScoringTemplate } from '../core/template-schema';
import { loadTemplateFiles } from './template-files';

/** Sheet names listed in full up to this many; beyond it the output line gives counts. */
const LISTED_SHEETS = 6;

export async function workbookCommand(args: ParsedArgs): Promise<CommandOutput> {
  const [templateArg] = args.positional;
  const output = args.options.get('-o') ?? args.options.get('--output');
  if (!templateArg || !output) return { stdout: WORKBOOK_USAGE, exitCode: 2 };
  const sitesFile = args.options.get('--sites');
  const departmentsArg = args.options.get('--departments');
  if (sitesFile && departmentsArg) return { stdout: `--sites 与 --departments 只能用一个。\n${WORKBOOK_USAGE}`, exitCode: 2 };
  const refusal = outputRefusal(output, args.flags.has('--force'), [sitesFile, departmentsArg === 'all' ? undefined : departmentsArg, templateArg]);
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
  let departments: { scope: DepartmentScopeTemplate; list: ScopeDepartment[] } | undefined;
  if (departmentsArg) {
    const chosen = chooseDepartments(template, departmentsArg);
    if (!chosen.ok) return { stdout: chosen.message, exitCode: 2 };
    departments = chosen.departments;
  }
  const list = sitesFile ? checkSiteList(readInputText(sitesFile, '网站名单文件')) : { sites: [], problems: [] };
  const listErrors = list.problems.filter((p) => p.severity === 'error');
  const warnings = list.problems.filter((p) => p.severity === 'warning').map((p) => `警告：网站名单${p.message}`);
  if (listErrors.length > 0) return { stdout: [`网站名单 “${sitesFile}” 有误，未生成评分表：`, ...listErrors.map((p) => `  ${p.message}`)].join('\n'), stderr: warnings.join('\n') || undefined, exitCode: 2 };
  if (sitesFile && list.sites.length === 0) return { stdout: `网站名单 “${sitesFile}” 中没有网站名称（每行一个）。`, exitCode: 2 };
  const sites = list.sites;
  if (errors.length > 0) warnings.unshift(`警告：模板 “${template.id}” 有 ${errors.length} 个错误（--ignore-check），评分表上的分数可能不对。`);
  const portable = args.flags.has('--portable');
  const selfAssessment = args.flags.has('--self-assessment');
  const plan = planScoringWorkbook(template, { sites, mode: portable ? 'portable' : 'gov', departments, selfAssessment });
  writeOutputFile(output, await workbookBytesBySize(plan));
  const mode = portable ? '通用公式（无需加载项）' : 'GOV 函数（需加载项）';
  return {
    stdout: `已写入 ${output}：${plan.sheets.length} 个工作表（${sheetSummary(plan.sheets.map((sheet) => sheet.name), departments ? departments.list.length : sites.length, departments ? '个部门' : '个网站')}），${mode}${departments ? '，每个部门按附录1、附录2的考核范围评分' : ''}${selfAssessment ? '，自评表（由网站所属单位填写，汇总时不计为得分）' : ''}。`,
    stderr: warnings.join('\n') || undefined,
    exitCode: 0,
  };
}

/** `汇总、甲、乙` for a few sheets, `汇总 + 112 个网站` for many (one line, not 112 names). */
function sheetSummary(names: readonly string[], sites: number, unit = '个网站'): string {
  if (names.length <= LISTED_SHEETS) return names.join('、');
  const others = names.length - sites;
  return others > 0 ? `${names.slice(0, others).join('、')} + ${sites} ${unit}` : `${sites} ${unit}`;
}

type ChosenDepartments = { ok: true; departments: { scope: DepartmentScopeTemplate; list: ScopeDepartment[] } } | { ok: false; message: string };

/** `all`, or a file of names (one a line), against the template's department scope. */
function chooseDepartments(template: ScoringTemplate, argument: string): ChosenDepartments {
  const loaded = loadTemplateFiles().flatMap((file) => (file.result.ok ? [file.result.template] : []));
  const scope = scopeOf(template, loaded);
  if (!scope) return { ok: false, message: `模板 “${template.id}” 没有部门考核范围（附录1、附录2），不能用 --departments；请用 --sites 给出网站名单。` };
  if (argument === 'all') return { ok: true, departments: { scope, list: [...scope.departments] } };
  const lines = readInputText(argument, '部门名单文件').split(/\r?\n/);
  const problems: string[] = [];
  const list: ScopeDepartment[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, index) => {
    const name = raw.replace(/^\uFEFF/, '').trim();
    if (!name) return;
    const line = index + 1;
    const found = findDepartment(scope, name);
    if (!found.ok) return void problems.push(`  第 ${line} 行：${found.message}`);
    const first = seen.get(found.department.name);
    if (first !== undefined) return void problems.push(`  第 ${line} 行：“${found.department.name}”与第 ${first} 行重复。`);
    seen.set(found.department.name, line);
    list.push(found.department);
  });
  if (problems.length > 0) return { ok: false, message: [`部门名单 “${argument}” 有误，未生成评分表：`, ...problems].join('\n') };
  if (list.length === 0) return { ok: false, message: `部门名单 “${argument}” 中没有部门名称（每行一个，或用 --departments all）。` };
  return { ok: true, departments: { scope, list } };
}
