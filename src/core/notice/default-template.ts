/**
 * The default text of the notice (`--text` replaces it): the standard wording of a 办公厅 notice on
 * the evaluation, with fields in double braces that are filled from the ranking. The office edits a
 * copy (README, Notice): `# ` the title, `## ` a 一、 heading, `### ` a （一） heading, a line ending
 * in ： right after the title the addressee, `{{图表}}` on a line of its own the charts; every other
 * line a paragraph. The attachment list, the signature and the attachments are added after it.
 */
export const DEFAULT_NOTICE_TEMPLATE = `# {{发文机关}}关于{{年度}}年度{{地区}}政府网站绩效评估情况的通报

各有关单位：

为深入贯彻落实国务院办公厅关于加强政府网站建设管理的有关要求，进一步提升政府网站建设管理水平，{{发文机关}}组织开展了{{年度}}年度{{地区}}政府网站绩效评估工作。现将有关情况通报如下：

## 一、总体情况

{{总体情况}}

{{图表}}

## 二、主要问题

{{问题网站}}

部分网站仍存在信息发布不及时、栏目更新不规范、互动回应不到位、办事服务不够便捷等问题，个别网站日常监测和安全防护工作薄弱。

## 三、工作要求

### （一）认真抓好问题整改

各单位要对照评估结果，逐项梳理本单位网站存在的问题，明确整改责任和时限，切实抓好整改落实。低于{{合格线}}分的网站主管单位要深入分析原因，于通报印发之日起30日内完成整改并报送整改情况。

### （二）健全常态长效机制

各单位要落实政府网站主管主办责任，健全信息发布、审核、监测等工作机制，加强日常巡查和内容保障，持续提升政府网站建设管理水平。
`;
