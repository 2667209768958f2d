import { useMemo, useState } from 'react';
import { Badge, Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { SheetProblem } from '../../core/sheet-validation/validate-scoring-sheet';
import { groupProblems, itemKey, steppableItems, type ProblemItem } from '../problem-groups';
import { ProblemList } from './ProblemList';

const useStyles = makeStyles({
  sheet: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  stepper: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  current: { overflowWrap: 'anywhere' },
});

export interface ValidationPanelProps {
  /** Problems per sheet name, in sheet order. */
  problems: [string, SheetProblem[]][];
  checking: boolean;
  onSelect: (sheetName: string, cell: string) => void;
}

/** The problem last stepped to or clicked, and where it stood (it may disappear once fixed). */
type Current = { key: string; index: number } | null;

/**
 * The live check: problems per sheet, by indicator, errors first; a kind repeated often is one line
 * that opens to list them; 上一个 / 下一个 step through the problems and select each cell.
 */
export function ValidationPanel({ problems, checking, onSelect }: ValidationPanelProps) {
  const styles = useStyles();
  const sheets = useMemo(() => groupProblems(problems), [problems]);
  const items = useMemo(() => steppableItems(sheets), [sheets]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState<Current>(null);
  const total = sheets.reduce((n, s) => n + s.errors + s.warnings, 0);

  const found = current ? items.findIndex((item) => itemKey(item) === current.key) : -1;
  // A fixed problem leaves the list: the next one is then the one that took its place.
  const next = found >= 0 ? found + 1 : (current?.index ?? 0);
  const previous = found >= 0 ? found - 1 : current ? Math.min(current.index, items.length) - 1 : -1;
  const currentItem = found >= 0 ? items[found] : null;

  const select = (item: ProblemItem, index: number) => {
    setCurrent({ key: itemKey(item), index });
    onSelect(item.sheet, item.problem.cell);
  };
  const step = (index: number) => {
    const item = items[index];
    if (item) select(item, index);
  };
  const toggle = (key: string) =>
    setExpanded((open) => {
      const copy = new Set(open);
      if (!copy.delete(key)) copy.add(key);
      return copy;
    });

  return (
    <section aria-label="实时校验">
      <Subtitle2 as="h2">实时校验 {checking ? <Caption1>（检查中…）</Caption1> : null}</Subtitle2>
      {problems.length === 0 && <Body1 as="p">工作簿中还没有本加载项生成的评分表。</Body1>}
      {problems.length > 0 && total === 0 && <Body1 as="p">未发现问题。</Body1>}
      {items.length > 0 && (
        <div className={styles.stepper} role="group" aria-label="逐个查看问题">
          <Button size="small" disabled={previous < 0} onClick={() => step(previous)}>
            上一个
          </Button>
          <Button size="small" disabled={next >= items.length} onClick={() => step(next)}>
            下一个
          </Button>
          <Caption1 aria-live="polite" className={styles.current}>
            {currentItem ? `第 ${found + 1} / ${items.length} 项：${currentItem.sheet} ${currentItem.text}` : `共 ${items.length} 项，点“下一个”逐个选中单元格。`}
          </Caption1>
        </div>
      )}
      {sheets.map((sheet) => (
        <div key={sheet.sheet} className={styles.sheet}>
          <Body1 as="h3">
            {sheet.sheet} <Badge color={sheet.errors > 0 ? 'danger' : sheet.warnings > 0 ? 'warning' : 'informative'}>{sheet.errors + sheet.warnings}</Badge>
          </Body1>
          <ProblemList
            sheet={sheet}
            expanded={expanded}
            onToggle={toggle}
            currentKey={currentItem ? itemKey(currentItem) : null}
            itemKey={itemKey}
            onSelect={(item) => select(item, items.indexOf(item))}
          />
        </div>
      ))}
    </section>
  );
}
