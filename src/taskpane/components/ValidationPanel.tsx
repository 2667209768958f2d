import { Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetProblem } from '../../core/sheet-validation/validate-scoring-sheet';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', minWidth: 0, whiteSpace: 'normal' },
});

export interface ValidationPanelProps {
  /** Problems per sheet name, in sheet order. */
  problems: [string, SheetProblem[]][];
  checking: boolean;
  onSelect: (sheetName: string, cell: string) => void;
}

/** The live check: problems grouped by sheet with a count; a click selects the cell. */
export function ValidationPanel({ problems, checking, onSelect }: ValidationPanelProps) {
  const styles = useStyles();
  const total = problems.reduce((n, [, list]) => n + list.length, 0);
  return (
    <section aria-label="实时校验">
      <Subtitle2 as="h2">实时校验 {checking ? <Caption1>（检查中…）</Caption1> : null}</Subtitle2>
      {problems.length === 0 && <Body1 as="p">工作簿中还没有本加载项生成的评分表。</Body1>}
      {problems.length > 0 && total === 0 && <Body1 as="p">未发现问题。</Body1>}
      {problems
        .filter(([, list]) => list.length > 0)
        .map(([sheet, list]) => (
          <div key={sheet}>
            <Body1 as="h3">
              {sheet} <Badge color={list.some((p) => p.severity === 'error') ? 'danger' : 'warning'}>{list.length}</Badge>
            </Body1>
            <ul className={styles.list}>
              {list.map((problem, i) => (
                <li key={`${problem.code}-${problem.cell}-${i}`}>
                  <Button appearance="subtle" size="small" className={styles.item} disabled={!problem.cell} onClick={() => onSelect(sheet, problem.cell)}>
                    {problem.severity === 'error' ? '错误' : '警告'} {problem.cell}：{problem.message}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
