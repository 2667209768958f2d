/**
 * The sites of a scoring workbook, shared by 插入评分表 (Excel) and 下载评分表 (browser): the typed list,
 * or, for a template with a department scope, the department list (the default) with the typed list
 * as the other choice — see scoring-sites.ts for why both.
 */
import { Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { DepartmentScopeTemplate } from '../../core/template-schema';
import type { ScoringSites, SiteSource } from '../scoring-sites';
import { DepartmentPicker } from './DepartmentPicker';

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface ScoringSitesFieldsProps {
  sites: ScoringSites;
  scope: DepartmentScopeTemplate | undefined;
  /** The verb of the form's button: 插入 or 生成. */
  action: string;
  /** The id of the site-list check, for aria-describedby. */
  checkId: string;
}

export function ScoringSitesFields({ sites, scope, action, checkId }: ScoringSitesFieldsProps) {
  const styles = useStyles();
  const typed = (
    <Field label={`网站名称（每行一个，可粘贴名单；留空则${action}一张空白评分表）`}>
      <Textarea value={sites.text} onChange={(_, data) => sites.setText(data.value)} resize="vertical" rows={3} aria-describedby={checkId} />
    </Field>
  );
  if (!scope) return typed;
  return (
    <>
      <Field label="评分对象" hint="名单中的部门各按附录1 的考核范围（重点领域、便民查询服务）评分；填写的名称按模板的通用指标评分。">
        <RadioGroup value={sites.source} onChange={(_, data) => sites.setSource(data.value as SiteSource)}>
          <Radio value="departments" label="从部门名单选择" />
          <Radio value="names" label="填写网站名称" />
        </RadioGroup>
      </Field>
      {sites.byDepartment ? (
        <DepartmentPicker scope={scope} chosen={sites.chosen} onChange={sites.setChosen} action={action} describedBy={checkId} />
      ) : (
        <>
          {typed}
          {sites.typedDepartments.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>以下名称是附录1 中的部门，填写名称时不套用其考核范围（重点领域、便民查询服务）；要套用请改选“从部门名单选择”：</MessageBarTitle>
                <ul className={styles.list}>
                  {sites.typedDepartments.slice(0, 8).map(({ typed: name, name: department }) => (
                    <li key={name}>{name === department ? name : `${name}（${department}）`}</li>
                  ))}
                  {sites.typedDepartments.length > 8 && <li>另有 {sites.typedDepartments.length - 8} 个。</li>}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </>
  );
}
