import { Badge, Body1, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../core/template-checker';
import { formatNumber } from '../core/numbers';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface TemplateReportProps {
  /** Where the template comes from (its source document, or the file the user picked). */
  source: { file: string; section: string };
  report: CheckReport;
  leaves: number;
}

/** The checker's verdict on one template: totals, then each problem with its path. */
export function TemplateReport({ source, report, leaves }: TemplateReportProps) {
  const styles = useStyles();
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.length - errors;
  const show = (value: number | null) => (value === null ? '未知' : formatNumber(value));
  return (
    <section aria-label="模板校验结果">
      <Caption1 as="p" block>
        来源：{source.file}，{source.section}
      </Caption1>
      {report.totals && (
        <Body1 as="p">
          基础分 {show(report.totals.base)}，加分 {show(report.totals.bonus)}，扣分 {show(report.totals.deduction)}；{leaves} 个末级指标
        </Body1>
      )}
      <Body1 as="p">
        {errors === 0 ? <Badge color="success">校验通过</Badge> : <Badge color="danger">{errors} 个错误</Badge>}{' '}
        {warnings > 0 && <Badge color="warning">{warnings} 个警告</Badge>}
      </Body1>
      <ul className={styles.list}>
        {report.issues.map((issue, index) => (
          <li key={index}>
            <Body1>
              {issue.severity === 'error' ? '错误' : '警告'}：{issue.path ? `${issue.path}：` : ''}
              {issue.message}
            </Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
