/**
 * The departments of a department scope (附录1, 51 for 2023) to tick for a scoring workbook (issue 14):
 * a search box that narrows the list by name, 全选 (the departments shown) and 清除 (all), how many
 * are chosen, and under each name what its profile changes — 重点领域 不考核 or its areas with their
 * weights, and how many 便民查询服务 rows it gets. A search box and a checkbox list rather than a
 * multi-select combobox: in a 320 px pane the hints and the choices stay visible, without a popup.
 *
 * The search ignores spaces and matches the typed characters in order, not only side by side:
 * 发改 finds 自治区发展改革委, 人社 finds 自治区人力资源社会保障厅, as people shorten them.
 */
import { useId, useMemo, useState } from 'react';
import { Button, Caption1, Checkbox, Label, SearchBox, makeStyles, tokens } from '@fluentui/react-components';
import type { DepartmentScopeTemplate } from '../../core/template-schema';
import type { ScopeDepartment } from '../../core/department-profile';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: {
    maxHeight: '300px',
    overflowY: 'auto',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', flexDirection: 'column', paddingBottom: tokens.spacingVerticalXS },
  // Under the name: past the checkbox's indicator (16 px, 8 px margins) and the label's 4 px padding.
  hint: { paddingLeft: '36px', paddingRight: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
  none: { padding: tokens.spacingHorizontalS },
});

/** What the department's profile changes, in a few words: 重点领域 and the 附录2 query services. */
export function departmentHint(department: ScopeDepartment): string {
  const areas =
    department.keyAreas === null
      ? '重点领域 不考核'
      : `重点领域：${department.keyAreas.map((a) => `${a.name} ${a.weight === null ? '权重缺失' : `${a.weight} 分`}`).join('、')}`;
  return department.queryServices.length > 0 ? `${areas} · 便民查询 ${department.queryServices.length} 项` : areas;
}

const compact = (text: string) => text.replace(/\s+/g, '').toLowerCase();

/** The query's characters appear in the name in order (spaces and case ignored). */
export function matchesDepartment(name: string, query: string): boolean {
  const wanted = [...compact(query)];
  let at = 0;
  for (const char of compact(name)) if (char === wanted[at]) at++;
  return at >= wanted.length;
}

export interface DepartmentPickerProps {
  scope: DepartmentScopeTemplate;
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
  /** The verb of the form's button: 插入 or 生成. */
  action: string;
  /** For aria-describedby on the list (the site-list check under the form). */
  describedBy?: string;
}

export function DepartmentPicker({ scope, chosen, onChange, action, describedBy }: DepartmentPickerProps) {
  const styles = useStyles();
  const labelId = useId();
  const statusId = useId();
  const hintPrefix = useId();
  const [query, setQuery] = useState('');
  const total = scope.departments.length;
  const shown = useMemo(() => scope.departments.filter((d) => matchesDepartment(d.name, query)), [scope, query]);
  const filtered = compact(query) !== '';
  const toggle = (name: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(name);
    else next.delete(name);
    onChange(next);
  };
  const chooseShown = () => onChange(new Set([...chosen, ...shown.map((d) => d.name)]));
  const status =
    (chosen.size === 0 ? `未选择部门，至少选一个才能${action}` : `已选 ${chosen.size} 个部门，共 ${total} 个`) + (filtered ? `；筛选出 ${shown.length} 个` : '');
  return (
    <div className={styles.root} role="group" aria-labelledby={labelId} aria-describedby={describedBy}>
      <Label id={labelId}>部门（附录1 考核范围，共 {total} 个）</Label>
      <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} aria-label="查找部门" placeholder="输入名称查找，如 发展、教育" aria-describedby={statusId} />
      <div className={styles.tools}>
        <Button size="small" onClick={chooseShown} disabled={shown.length === 0 || shown.every((d) => chosen.has(d.name))}>
          {filtered ? `全选筛选出的 ${shown.length} 个` : '全选'}
        </Button>
        <Button size="small" onClick={() => onChange(new Set())} disabled={chosen.size === 0}>
          清除
        </Button>
      </div>
      <Caption1 id={statusId} aria-live="polite">
        {status}
      </Caption1>
      <div className={styles.list}>
        {shown.map((department, i) => {
          const hintId = `${hintPrefix}-${i}`;
          return (
            <div key={department.name} className={styles.item}>
              <Checkbox
                label={department.name}
                checked={chosen.has(department.name)}
                onChange={(_, data) => toggle(department.name, data.checked === true)}
                aria-describedby={hintId}
              />
              <Caption1 id={hintId} className={styles.hint}>
                {departmentHint(department)}
              </Caption1>
            </div>
          );
        })}
        {shown.length === 0 && <Caption1 className={styles.none}>没有与“{query.trim()}”相符的部门。</Caption1>}
      </div>
    </div>
  );
}
