/** The tie policy, in Excel mode and in the browser alike. */
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import type { TiePolicy } from '../../core/ranking/ranking-types';

export function TiePolicyField({ value, onChange }: { value: TiePolicy; onChange: (value: TiePolicy) => void }) {
  return (
    <Field label="同分处理">
      <RadioGroup value={value} onChange={(_, data) => onChange(data.value as TiePolicy)}>
        <Radio value="competition" label="并列占位（1、2、2、4，同 Excel 的 RANK.EQ）" />
        <Radio value="dense" label="中国式排名（1、2、2、3）" />
        <Radio value="bands" label="等次（卓越 ≥95、优秀 ≥85、良好 ≥75、发展 ≥60、准备 <60）" />
      </RadioGroup>
    </Field>
  );
}
