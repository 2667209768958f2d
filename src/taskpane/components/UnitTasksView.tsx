import { useState } from 'react';
import { Body1, Button, Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import { ROLE_LABELS } from '../../core/task-split/responsible-parser';
import { formatNumber } from '../../core/numbers';
import { taskCell, type TaskSheetState } from '../task-split-actions';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { justifyContent: 'flex-start', textAlign: 'left', height: 'auto', minWidth: 0, whiteSpace: 'normal' },
});

export interface UnitTasksViewProps {
  state: TaskSheetState;
  onSelect: (sheetName: string, cell: string) => void;
}

/** Pick a unit: its tasks (direct and through collectives, with the role); a click selects the task's row. */
export function UnitTasksView({ state, onSelect }: UnitTasksViewProps) {
  const styles = useStyles();
  const units = state.report.units;
  const [unit, setUnit] = useState('');
  const view = units.find((u) => u.summary.unit === unit);
  return (
    <div>
      <Field label="查看单位的任务">
        <Dropdown aria-label="选择单位" placeholder="选择单位" value={unit} selectedOptions={unit ? [unit] : []} onOptionSelect={(_, data) => setUnit(data.optionValue ?? '')}>
          {units.map(({ summary }) => (
            <Option key={summary.unit} value={summary.unit} text={summary.unit}>
              {`${summary.unit}（${summary.tasks} 项）`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {view && (
        <>
          <Caption1>
            {view.summary.kind ?? '未列入单位名单'}，{view.summary.tasks} 项任务，{view.summary.weight === null ? '权重未知' : `权重合计 ${formatNumber(view.summary.weight)}`}
          </Caption1>
          {view.tasks.length === 0 && <Body1 as="p">该单位没有任务。</Body1>}
          <ul className={styles.list} aria-label={`${view.summary.unit}的任务`}>
            {view.tasks.map((task) => (
              <li key={task.rowId}>
                <Button appearance="subtle" size="small" className={styles.item} onClick={() => onSelect(state.sheet, taskCell(state, task.rowId))}>
                  {task.path}（{ROLE_LABELS[task.role]}
                  {task.via ? `，经“${task.via}”` : ''}）{task.column ? `：${task.column}` : ''}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
