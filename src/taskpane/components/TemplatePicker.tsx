import { Badge, Caption1, Dropdown, Field, Option, OptionGroup } from '@fluentui/react-components';
import { templateLabel, type TemplateGroup } from '../template-groups';

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
        value={selected ? templateLabel(selected.template) : ''}
        selectedOptions={[selectedId]}
        onOptionSelect={(_, data) => data.optionValue && onSelect(data.optionValue)}
      >
        {groups.map((group) => (
          <OptionGroup key={group.label} label={group.label}>
            {group.entries.map(({ template, errors, warnings }) => (
              <Option key={template.id} value={template.id} text={templateLabel(template)}>
                <span>
                  {templateLabel(template)}{' '}
                  {errors > 0 ? <Badge color="danger">{errors} 错</Badge> : warnings > 0 ? <Badge color="warning">{warnings} 警告</Badge> : <Badge color="success">通过</Badge>}
                  <br />
                  <Caption1>{template.title}</Caption1>
                </span>
              </Option>
            ))}
          </OptionGroup>
        ))}
      </Dropdown>
      {selected && (
        <details>
          <summary>
            <Caption1>{selected.template.title}（详细信息）</Caption1>
          </summary>
          <Caption1 as="p" block>
            标识：{selected.template.id}；原文：{selected.template.source.file}，{selected.template.source.section}
          </Caption1>
        </details>
      )}
    </Field>
  );
}
