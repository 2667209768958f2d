import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { SiteListGate } from '../site-list-review';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** At most this many lines per message; the rest are counted. */
const SHOWN = 8;

function Lines({ lines }: { lines: string[] }) {
  const styles = useStyles();
  const rest = lines.length - SHOWN;
  return (
    <ul className={styles.list}>
      {lines.slice(0, SHOWN).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
      {rest > 0 && <li>另有 {rest} 条。</li>}
    </ul>
  );
}

export interface SiteListCheckProps {
  gate: SiteListGate;
  /** The verb of the form's button: 插入 or 生成. */
  action: string;
  /** For aria-describedby on the site list. */
  id?: string;
}

/**
 * What happens to the typed list before anything is generated: errors that block the button,
 * characters that will be removed, sheet tabs that will be named differently; and, for a template
 * the checker rejects, a warning that needs a tick before the button is enabled.
 */
export function SiteListCheck({ gate, action, id }: SiteListCheckProps) {
  const styles = useStyles();
  const { review, templateErrors, confirmed, setConfirmed } = gate;
  return (
    <div className={styles.root} id={id}>
      {review.errors.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>网站名单有 {review.errors.length} 处问题，改正后才能{action}：</MessageBarTitle>
            <Lines lines={review.errors.map((p) => p.message)} />
          </MessageBarBody>
        </MessageBar>
      )}
      {review.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>名称已清理：</MessageBarTitle>
            <Lines lines={review.warnings.map((p) => p.message)} />
          </MessageBarBody>
        </MessageBar>
      )}
      {review.renames.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>网站名称不变，但以下工作表名将改为：</MessageBarTitle>
            <Lines lines={review.renames.map((r) => `“${r.site}”的工作表名将改为“${r.sheetName}”（${r.reasons.join('；')}）`)} />
          </MessageBarBody>
        </MessageBar>
      )}
      {templateErrors > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>此模板有 {templateErrors} 处错误</MessageBarTitle>
            按此模板{action}的评分表可能缺少权重，分数可能不对；错误详见模板检查结果。
          </MessageBarBody>
        </MessageBar>
      )}
      {templateErrors > 0 && <Checkbox checked={confirmed} onChange={(_, data) => setConfirmed(data.checked === true)} label="仍按此模板生成（分数可能不对）" />}
    </div>
  );
}
