/**
 * Rows left out of a ranking, shown ABOVE the result (issue 13 point 4): a ranking with rows missing
 * must not look complete. Each row with where it is and why; an acknowledgement the caller uses to
 * gate copying and downloading while rows are excluded.
 */
import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Issue } from '../../core/issues';

const SHOWN = 20;

export function ExcludedRows({ problems, ranked }: { problems: readonly Issue[]; ranked: number }) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  const listed = [...errors, ...warnings];
  if (listed.length === 0) return null;
  return (
    <MessageBar intent={ranked === 0 ? 'error' : errors.length > 0 ? 'warning' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {ranked === 0 ? '没有可排名的网站' : errors.length > 0 ? `有 ${errors.length} 处问题，相应的行未参加排名；排名和合格率只按其余 ${ranked} 个网站计算` : '请注意'}
        </MessageBarTitle>
        <ul style={{ margin: '4px 0 0 0', paddingLeft: 18 }}>
          {listed.slice(0, SHOWN).map((p, i) => (
            <li key={i}>{`${p.path ? `${p.path}：` : ''}${p.message}`}</li>
          ))}
          {listed.length > SHOWN && <li>另有 {listed.length - SHOWN} 处，修正上面的问题后再看。</li>}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** "I know rows are missing": required before copying or downloading a ranking with excluded rows. */
export function AcknowledgeExcluded({ count, checked, onChange }: { count: number; checked: boolean; onChange: (checked: boolean) => void }) {
  return <Checkbox checked={checked} onChange={(_, data) => onChange(data.checked === true)} label={`我已知晓有 ${count} 处问题的行未参加排名，仍使用此结果`} />;
}
