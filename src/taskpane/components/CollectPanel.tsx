/**
 * 汇总评分表 (issue 15) on 汇总排名: the evaluators' workbooks (and reviewers', optionally) chosen
 * from disk and read in this page — nothing is uploaded — then collected as `collect` does on the
 * command line: every site scored again from its entries, evaluators reconciled by the chosen
 * policy, self-assessments compared. The summary (sites and totals, disagreements, flagged
 * self-assessments, the problems by file) is shown; in Excel the output sheets (汇总, 复核, 自评对比,
 * 来源) replace the ones the add-in wrote before (a user's sheet is never touched: a plan name it
 * holds becomes 汇总(2)), and 生成排名 reads 汇总; in a browser the output is downloaded as .xlsx.
 * The collect core and ExcelJS are loaded on the first click only.
 */
import { useRevealHeading } from '../hooks/useRevealHeading';
import { type RefObject, useMemo, useState } from 'react';
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CollectPolicy, CollectProblem, CollectResult } from '../../core/collect/collect-types';
import type { WorkbookPlan } from '../../core/sheet-plan/plan-types';
import type { Template } from '../../core/template-schema';
import { uniqueSheetName } from '../../core/sheet-plan/sheet-names';
import { formatNumber } from '../../core/numbers';
import type { WorkbookOperations } from '../operations';
import { downloadFile } from '../download';
import { ActionBar } from './ActionBar';
import { MultiFilePicker } from './MultiFilePicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowWrap: 'anywhere', verticalAlign: 'top' },
  number: { textAlign: 'right', width: '64px' },
  count: { textAlign: 'right', width: '40px' },
  file: { margin: 0, overflowWrap: 'anywhere' },
  heading: { margin: 0, outline: 'none' },
});

const POLICIES: { value: CollectPolicy; label: string }[] = [
  { value: 'mean', label: '平均' },
  { value: 'median', label: '中位数' },
  { value: 'reviewer', label: '复核人为准' },
];
const POLICY_LABEL: Record<CollectPolicy, string> = { mean: '平均', median: '中位数', reviewer: '复核人为准' };

export interface CollectPanelProps {
  /** Workbook operations in Excel; null in a browser (the output is downloaded). */
  operations: WorkbookOperations | null;
  /** The templates a scoring sheet may have been made from (the bundled ones). */
  templates: readonly Template[];
}

type Outcome = { intent: 'success' | 'error' | 'warning'; text: string } | null;
const failure = (error: unknown) => (error instanceof Error ? error.message : String(error));
const show = (value: number) => formatNumber(Math.round(value * 100) / 100);

/** The core's messages name the command line's options; the pane names its own controls instead. */
export function paneMessage(text: string): string {
  return text
    .replace(/加 --allow-incomplete/g, '勾选“允许未完成的评分表”')
    .replace(/（--allow-incomplete）/g, '（已允许未完成）')
    .replace(/加 --allow-mixed-versions/g, '勾选“允许混用模板版本”')
    .replace(/（--allow-mixed-versions）/g, '（已允许混用模板版本）')
    .replace(/用 --template/g, '在命令行用 --template')
    .replace(/用 --reviewer 给出/g, '选择');
}

/** The tolerance typed (percent of an indicator's weight), or null when it is not a number from 0 to 100. */
function toleranceOf(text: string): number | null {
  const value = Number(text.trim().replace(/[%％]$/, ''));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/**
 * The plan's sheet names made free of every sheet the add-in's earlier collect output does not hold
 * (a user's own 汇总 stays; ours becomes 汇总(2)).
 */
async function freeNames(operations: WorkbookOperations, plan: WorkbookPlan): Promise<WorkbookPlan> {
  const ours = (await operations.listAddinSheets()).filter((s) => s.marker.kind === 'collect').map((s) => s.name.toLowerCase());
  const used = (await operations.existingSheetNames()).filter((name) => !ours.includes(name.toLowerCase()));
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const name = uniqueSheetName(sheet.name, used);
      used.push(name);
      return name === sheet.name ? sheet : { ...sheet, name };
    }),
  };
}

/** Problems grouped by file, in the order the files were given (problems of no one file last). */
function byFile(problems: readonly CollectProblem[]): [string, CollectProblem[]][] {
  const groups = new Map<string, CollectProblem[]>();
  for (const problem of problems) {
    const key = problem.file ?? '';
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return [...groups.entries()].sort(([a], [b]) => Number(a === '') - Number(b === ''));
}

export function CollectPanel({ operations, templates }: CollectPanelProps) {
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [reviewers, setReviewers] = useState<File[]>([]);
  const [policy, setPolicy] = useState<CollectPolicy>('mean');
  const [policyChosen, setPolicyChosen] = useState(false);
  const [tolerance, setTolerance] = useState('20');
  const [allowIncomplete, setAllowIncomplete] = useState(false);
  const [allowMixed, setAllowMixed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number; text: string } | null>(null);
  const [result, setResult] = useState<CollectResult | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const toleranceValue = toleranceOf(tolerance);
  const reviewerMissing = policy === 'reviewer' && reviewers.length === 0;
  const ready = files.length + reviewers.length > 0 && toleranceValue !== null && !reviewerMissing && !busy;

  const chooseReviewers = (next: File[]) => {
    setReviewers(next);
    // As on the command line: reviewers' files make 复核人为准 the policy, unless one was chosen.
    if (!policyChosen) setPolicy(next.length > 0 ? 'reviewer' : 'mean');
  };

  const resultHeading = useRevealHeading(result);

  const run = async () => {
    if (toleranceValue === null) return;
    setBusy(true);
    setOutcome(null);
    setResult(null);
    setProgress({ done: 0, total: files.length + reviewers.length, text: '正在加载汇总程序…' });
    try {
      const { collectChosenFiles } = await import(/* webpackChunkName: "collect" */ '../collect-files');
      const chosen = [...files.map((file) => ({ file, role: 'evaluator' as const })), ...reviewers.map((file) => ({ file, role: 'reviewer' as const }))];
      const collected = await collectChosenFiles(
        chosen,
        { policy, tolerance: toleranceValue / 100, selfThreshold: 10, allowIncomplete, allowMixedVersions: allowMixed, templates },
        (done, total, name) => setProgress({ done, total, text: name ? `正在读取第 ${done + 1}/${total} 个文件：${name}…` : `已读取 ${total} 个文件，正在汇总…` }),
      );
      setResult(collected.result);
      if (!collected.plan) {
        setOutcome({ intent: 'error', text: `未生成汇总：${collected.result.refusals.map(paneMessage).join('')}` });
        return;
      }
      if (operations) {
        setProgress({ done: chosen.length, total: chosen.length, text: '正在写入工作簿…' });
        const { removed, written } = await operations.replaceAddinSheets(await freeNames(operations, collected.plan), (marker) => marker.kind === 'collect');
        const replaced = removed.length > 0 ? `，替换了此前汇总生成的 ${removed.length} 个工作表` : '';
        setOutcome({ intent: 'success', text: `已写入工作表：${written.join('、')}${replaced}。生成排名的数据来源选“本加载项生成的汇总表”，即按“汇总”排名。` });
      } else {
        setProgress({ done: chosen.length, total: chosen.length, text: '正在生成汇总表…' });
        const { workbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../../xlsx/write-workbook');
        downloadFile(await workbookBytes(collected.plan), '汇总.xlsx');
        setOutcome({ intent: 'success', text: `已下载 汇总.xlsx：${collected.plan.sheets.map((s) => s.name).join('、')}。在上面的“上传成绩表”中选择它即可排名。` });
      }
    } catch (error) {
      setOutcome({ intent: 'error', text: `汇总失败：${failure(error)}` });
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="collect-heading">
      <Subtitle2 as="h3" id="collect-heading">
        汇总评分表
      </Subtitle2>
      <Caption1>把各评估人员的评分表（.xlsx）汇总为一张总分表：每个网站按录入重算得分，多人评分按汇总方式合并，自评只作对比。文件只在本机读取，不上传。</Caption1>
      <MultiFilePicker
        label="评分表文件"
        hint="可多选：本加载项或命令行生成、已填写的评分表（含自评表）；Excel、WPS 或 LibreOffice 保存的均可。"
        accept=".xlsx,.xlsm"
        inputName="选择评分表文件"
        files={files}
        onChange={setFiles}
        disabled={busy}
      />
      <MultiFilePicker
        label="复核文件（可选）"
        hint="复核人员的评分表；汇总方式为“复核人为准”时，其评分优先。"
        accept=".xlsx,.xlsm"
        inputName="选择复核文件"
        files={reviewers}
        onChange={chooseReviewers}
        disabled={busy}
      />
      <Field label="汇总方式（多人评分同一网站时）" validationState={reviewerMissing ? 'error' : 'none'} validationMessage={reviewerMissing ? '“复核人为准”需要先选择复核文件。' : undefined}>
        <RadioGroup
          value={policy}
          onChange={(_, data) => {
            setPolicy(data.value as CollectPolicy);
            setPolicyChosen(true);
          }}
        >
          {POLICIES.map((p) => (
            <Radio key={p.value} value={p.value} label={p.label} disabled={busy} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="复核容差（指标权重的 %）"
        hint="多人对同一指标的评分相差超过该比例时列入“复核”。"
        validationState={toleranceValue === null ? 'error' : 'none'}
        validationMessage={toleranceValue === null ? '请填写 0 到 100 之间的数。' : undefined}
      >
        <Input type="number" min={0} max={100} value={tolerance} onChange={(_, data) => setTolerance(data.value)} disabled={busy} />
      </Field>
      <Checkbox checked={allowIncomplete} onChange={(_, data) => setAllowIncomplete(Boolean(data.checked))} label="允许未完成的评分表（汇总中标为未完成）" disabled={busy} />
      <Checkbox checked={allowMixed} onChange={(_, data) => setAllowMixed(Boolean(data.checked))} label="允许混用模板版本（按现有模板重算）" disabled={busy} />
      {progress && (
        <div role="status" aria-label="汇总进度">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} thickness="medium" aria-label="汇总进度" />
          <Caption1>{progress.text}</Caption1>
        </div>
      )}
      <ActionBar label="汇总操作">
        <Button appearance="primary" onClick={() => void run()} disabled={!ready}>
          {operations ? '汇总并写入工作簿' : '汇总并下载'}
        </Button>
      </ActionBar>
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {result && <CollectSummary result={result} headingRef={resultHeading} />}
    </section>
  );
}

function CollectSummary({ result, headingRef }: { result: CollectResult; headingRef: RefObject<HTMLHeadingElement> }) {
  const styles = useStyles();
  const incomplete = result.sites.filter((s) => !s.complete).length;
  const flagged = result.selfAssessment.filter((c) => c.flagged);
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const groups = useMemo(() => byFile(result.problems), [result.problems]);
  return (
    <div className={styles.root} aria-label="汇总结果" role="region">
      <h3 tabIndex={-1} ref={headingRef} className={styles.heading}>
        <Subtitle2>汇总结果</Subtitle2>
      </h3>
      <Body1 as="p" className={styles.file}>
        {`共 ${result.sites.length} 个网站（${POLICY_LABEL[result.policy]}）${incomplete > 0 ? `，${incomplete} 个未完成` : ''}；${result.disagreements.length} 处评分差异超过容差；` +
          `${result.selfAssessment.length} 份自评，${flagged.length} 份高于核查得分 ${formatNumber(result.options.selfThreshold)} 分以上；来源文件 ${result.sources.length} 个；问题 ${result.problems.length} 条（错误 ${errors} 条）。`}
      </Body1>
      {result.sites.length > 0 && (
        <table className={styles.table} aria-label="各网站总分">
          <thead>
            <tr>
              <th className={styles.cell} scope="col">
                单位名称
              </th>
              <th className={`${styles.cell} ${styles.number}`} scope="col">
                总分
              </th>
              <th className={`${styles.cell} ${styles.count}`} scope="col">
                份数
              </th>
            </tr>
          </thead>
          <tbody>
            {result.sites.map((site) => (
              <tr key={site.name}>
                <th className={styles.cell} scope="row">
                  {site.name}
                  {site.complete ? '' : '（未完成）'}
                </th>
                <td className={`${styles.cell} ${styles.number}`}>{show(site.total)}</td>
                <td className={`${styles.cell} ${styles.count}`}>{site.evaluators.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.disagreements.length > 0 && (
        <>
          <Body1 as="h4" className={styles.heading}>
            评分差异（超过容差，见“复核”）
          </Body1>
          <ul className={styles.list} aria-label="评分差异">
            {result.disagreements.map((d, i) => (
              <li key={`${d.site}-${d.path}-${i}`}>
                <Caption1>
                  {d.site} · {d.path}：{d.scores.map((s) => `${s.evaluator || '（未填写）'} ${show(s.score)}`).join('，')}（相差 {show(d.difference)}）
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.selfAssessment.length > 0 && (
        <>
          <Body1 as="h4" className={styles.heading}>
            自评对比（见“自评对比”）
          </Body1>
          <ul className={styles.list} aria-label="自评对比">
            {result.selfAssessment.map((c) => (
              <li key={`${c.site}-${c.file}-${c.sheet}`}>
                <Caption1>
                  {c.flagged && (
                    <Badge size="small" appearance="tint" color="warning">
                      自评偏高
                    </Badge>
                  )}{' '}
                  {c.site}：自评 {show(c.self)}，核查 {c.reviewed === null ? '无' : show(c.reviewed)}
                  {c.difference === null ? '' : `，差值 ${show(c.difference)}`}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {groups.length > 0 && (
        <>
          <Body1 as="h4" className={styles.heading}>
            问题（按文件）
          </Body1>
          {groups.map(([file, problems]) => (
            <div key={file || '-'} role="group" aria-label={file ? `问题：${file}` : '问题：本轮汇总'}>
              <Body1 as="p" className={styles.file}>
                <strong>{file || '本轮汇总'}</strong>
              </Body1>
              <ul className={styles.list}>
                {problems.map((p, i) => (
                  <li key={`${p.code}-${p.sheet ?? ''}-${p.cell ?? ''}-${i}`}>
                    <Caption1>
                      <Badge size="small" appearance="tint" color={p.severity === 'error' ? 'danger' : 'warning'}>
                        {p.severity === 'error' ? '错误' : '警告'}
                      </Badge>{' '}
                      {p.sheet ? `${p.sheet}${p.cell ? `!${p.cell}` : ''}：` : ''}
                      {paneMessage(p.message)}
                    </Caption1>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </div>
  );
}
