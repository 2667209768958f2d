import { useId } from 'react';
import { Badge, Body1, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ProblemGroup, ProblemItem, SheetProblems } from '../problem-groups';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  nested: { paddingLeft: tokens.spacingHorizontalL },
  line: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', minWidth: 0, whiteSpace: 'normal', fontWeight: tokens.fontWeightRegular },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected, fontWeight: tokens.fontWeightSemibold },
  text: { display: 'block', paddingBlock: tokens.spacingVerticalXXS, paddingInline: tokens.spacingHorizontalS },
  badge: { flexShrink: 0, marginRight: tokens.spacingHorizontalXS },
});

export interface ProblemListProps {
  sheet: SheetProblems;
  expanded: ReadonlySet<string>;
  onToggle: (groupKey: string) => void;
  /** Key of the problem 上一个 / 下一个 or a click last selected. */
  currentKey: string | null;
  itemKey: (item: ProblemItem) => string;
  onSelect: (item: ProblemItem) => void;
}

function SeverityBadge({ severity }: { severity: ProblemGroup['severity'] }) {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} size="small" appearance="tint" color={severity === 'error' ? 'danger' : severity === 'warning' ? 'warning' : 'informative'}>
      {severity === 'error' ? '错误' : severity === 'warning' ? '警告' : '说明'}
    </Badge>
  );
}

function ItemLine({ item, current, onSelect, showSeverity }: { item: ProblemItem; current: boolean; onSelect: () => void; showSeverity: boolean }) {
  const styles = useStyles();
  const badge = showSeverity ? <SeverityBadge severity={item.problem.severity} /> : null;
  if (!item.problem.cell) {
    return (
      <Body1 className={styles.text}>
        {badge}
        {item.text}
      </Body1>
    );
  }
  return (
    <Button appearance="subtle" size="small" className={mergeClasses(styles.line, current && styles.current)} aria-current={current ? 'true' : undefined} onClick={onSelect}>
      {badge}
      {item.text}
    </Button>
  );
}

function GroupLines({ group, expanded, onToggle, currentKey, itemKey, onSelect }: Omit<ProblemListProps, 'sheet' | 'expanded'> & { group: ProblemGroup; expanded: boolean }) {
  const styles = useStyles();
  const listId = useId();
  if (group.label === null) {
    const [item] = group.items;
    return <ItemLine item={item} current={itemKey(item) === currentKey} onSelect={() => onSelect(item)} showSeverity />;
  }
  return (
    <>
      <Button appearance="subtle" size="small" className={styles.line} aria-expanded={expanded} aria-controls={expanded ? listId : undefined} onClick={() => onToggle(group.key)}>
        <SeverityBadge severity={group.severity} />
        {group.label}
        <span aria-hidden="true">&nbsp;{expanded ? '▾' : '▸'}</span>
      </Button>
      {expanded && (
        <ul id={listId} className={mergeClasses(styles.list, styles.nested)}>
          {group.items.map((item) => (
            <li key={itemKey(item)}>
              <ItemLine item={item} current={itemKey(item) === currentKey} onSelect={() => onSelect(item)} showSeverity={false} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One sheet's problems: single lines and, for a kind repeated often, one line that opens to show them all. */
export function ProblemList({ sheet, expanded, onToggle, currentKey, itemKey, onSelect }: ProblemListProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {sheet.groups.map((group) => (
        <li key={group.key}>
          <GroupLines group={group} expanded={expanded.has(group.key)} onToggle={onToggle} currentKey={currentKey} itemKey={itemKey} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}
