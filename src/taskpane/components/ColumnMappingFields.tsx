import { Caption1, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/issues';
import { roleLabels } from '../../core/ranking/ranking-messages';
import type { ColumnMapping, ColumnRole } from '../../core/ranking/table-headers';
import { rowKey } from '../../core/sheet-plan/sheet-keys';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
});

const EDITABLE: ColumnRole[] = ['name', 'score', 'category', 'url', 'veto'];
const REQUIRED = new Set<ColumnRole>(['name', 'score']);

export interface ColumnMappingFieldsProps {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  /** Why the reader left a column for the user to choose (FoundTable.columnProblems). */
  problems?: readonly Issue[];
}

const columnLabel = (header: string, index: number) => header || `第 ${index + 1} 列（无表头）`;

/** Which column the ranking takes for what: a drop-down per role, preset to the recognised column. */
export function ColumnMappingFields({ headers, mapping, onChange, problems = [] }: ColumnMappingFieldsProps) {
  const styles = useStyles();
  const set = (role: ColumnRole, value: string) => onChange({ ...mapping, [role]: value === '' ? null : Number(value) });
  return (
    <>
      {problems.map((problem) => (
        <MessageBar key={problem.code + problem.path + problem.message} intent="warning">
          <MessageBarBody>{problem.message}</MessageBarBody>
        </MessageBar>
      ))}
      <div className={styles.grid}>
        {EDITABLE.map((role) => (
          <Field key={role} label={`${roleLabels[role]}列`} required={REQUIRED.has(role)}>
            <Select value={mapping[role] === null ? '' : String(mapping[role])} onChange={(_, data) => set(role, data.value)}>
              <option value="">（无）</option>
              {headers.map((header, index) =>
                // The add-in's own hidden key column (header "header") is never a choice.
                header === rowKey.header ? null : (
                  <option key={index} value={String(index)}>
                    {columnLabel(header, index)}
                  </option>
                ),
              )}
            </Select>
          </Field>
        ))}
      </div>
      {mapping.rank !== null && <Caption1>输入表中的“{columnLabel(headers[mapping.rank] ?? '', mapping.rank)}”列已忽略：名次总是重新计算。</Caption1>}
    </>
  );
}
