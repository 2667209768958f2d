/**
 * Usage lines of the commands, kept apart from the commands so that the dispatcher can print them
 * without loading the commands that need ExcelJS. The program is `gov-eval` (package.json `bin`; in
 * the project `npm run cli --` runs the same program).
 */
export const WORKBOOK_USAGE = '用法：gov-eval workbook <模板标识 | 模板文件.json> [--sites 网站名单.txt | --departments all|部门名单.txt] [--portable] [--self-assessment] [--ignore-check] -o 输出.xlsx [--force]';
export const RANK_USAGE =
  '用法：gov-eval rank <表格.csv | 表格.xlsx> [--sheet 工作表] [--previous 上年表格] [--tie competition|dense|bands] [--decimals 2] [--pass 60] [--full-score 110] [--region 全区] [--json | -o 排名.xlsx [--force]]';
export const RANK_VALUE_OPTIONS = ['--sheet', '--previous', '--tie', '--decimals', '--pass', '--full-score', '--region'];
export const TASKS_USAGE = '用法：gov-eval tasks <文件.xlsx | 模板标识> [--members 单位名单.csv] [--unit 单位] [--json | -o 输出.xlsx [--force]]';
export const CHECK_USAGE = '用法：gov-eval check <模板标识 | 模板文件.json> [--json]';
export const COLLECT_USAGE =
  '用法：gov-eval collect <评分表.xlsx … | 文件夹> [--reviewer 复核文件.xlsx]… [--template 模板.json]… [--policy mean|median|reviewer] [--tolerance 20] [--self-threshold 10] [--allow-incomplete] [--allow-mixed-versions] [--json | -o 汇总.xlsx [--force]]';
export const COLLECT_VALUE_OPTIONS = ['--policy', '--tolerance', '--self-threshold'];
export const NOTICE_USAGE =
  '用法：gov-eval notice <表格.csv | 表格.xlsx | 排名.json> [--previous 上年表格] [--year 2024] [--issuer 发文机关] [--region 全区] [--text 正文模板.md] [--sheet 工作表] [--tie competition|dense|bands] [--decimals 2] [--pass 60] [--full-score 110] -o 通报.docx [--force]';
export const NOTICE_VALUE_OPTIONS = [...RANK_VALUE_OPTIONS, '--year', '--issuer', '--text'];
