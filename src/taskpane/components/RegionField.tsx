/** The region word of the notice (全区 / 全市 / 全省 / 全县 …): a city office writes 全市, not 全区 (issue 13 point 4). */
import { Field, Input } from '@fluentui/react-components';

export const REGION_PATTERN = /^[\u4e00-\u9fff]{1,8}$/;

export function RegionField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const valid = REGION_PATTERN.test(value);
  return (
    <Field
      label="通报中的地区称谓"
      hint="如 全区、全市、全省、全县；生成排名和通报文字时使用。"
      validationState={valid ? 'none' : 'error'}
      validationMessage={valid ? undefined : '请填写 1 至 8 个汉字，如“全市”。'}
    >
      <Input value={value} onChange={(_, data) => onChange(data.value.trim())} />
    </Field>
  );
}
