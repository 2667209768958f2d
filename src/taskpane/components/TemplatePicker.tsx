import { Badge, Caption1, Dropdown, Field, Option, OptionGroup } from '@fluentui/react-components';
import type { TemplateGroup } from '../template-groups';

export interface TemplatePickerProps {
  groups: TemplateGroup[];
  selectedId: string;
  onSelect: (id: string) => void;
}

/** Chooses a template; the options are grouped by edition and kind of site and show the checker's verdict. */
export function TemplatePicker({ groups, selectedId, onSelect }: TemplatePickerProps) {
  const selected = groups.flatMap((g) => g.entries).find((e) => e.template.id === selectedId);
  return (
    <Field label="指标模板">
      <Dropdown
        aria-label="选择指标模板"
        value={selected ? selected.template.title : ''}
        selectedOptions={[selectedId]}
        onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
      >
        {groups.map((group) => (
          <OptionGroup key={group.label} label={group.label}>
            {group.entries.map(({ template, errors, warnings }) => (
              <Option key={template.id} value={template.id} text={template.title}>
                <span>
                  {template.title}{' '}
                  {errors > 0 ? <Badge color="danger">{errors} 错</Badge> : warnings > 0 ? <Badge color="warning">{warnings} 警告</Badge> : <Badge color="success">通过</Badge>}
                </span>
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Dropdown>
      {selected && <Caption1>{selected.template.id}</Caption1>}
    </Field>
  );
}
