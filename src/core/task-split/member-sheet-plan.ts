/**
 * The member list sheet (单位名单): 单位 | 类型 | 别名, with a drop-down 镇/部门 on the type column
 * (also below the list, for units the office adds). The office maintains it; the add-in writes it
 * once and never replaces it.
 */
import { GridBuilder } from '../sheet-plan/grid-builder';
import type { SheetPlan } from '../sheet-plan/plan-types';
import { rangeAddress } from '../sheet-plan/addresses';
import { rowKey, sheetMarker } from '../sheet-plan/sheet-keys';
import type { MemberList } from './members';
import { taskKey } from './task-keys';
import { UNIT_KINDS } from './unit-names';

export const MEMBER_HEADER_ROW = 1;
const SPARE_ROWS = 100;

export function planMemberSheet(list: MemberList, name: string, templateId: string, templateVersion: string): SheetPlan {
  const grid = new GridBuilder(4);
  grid.value(0, 0, list.derived ? '单位名单（按任务分解表推定，请核对并补充各镇；“各镇”“各单位”据此展开）' : '单位名单（“各镇”“各单位”据此展开）');
  grid.merge(0, 0, 0, 2);
  grid.style(0, 0, 0, 2, { bold: true, wrap: true });
  grid.rowHeights[0] = 30;
  grid.value(0, 3, sheetMarker({ kind: 'unit-list', templateId, templateVersion }));
  ['单位', '类型', '别名'].forEach((text, i) => grid.value(MEMBER_HEADER_ROW, i, text));
  grid.value(MEMBER_HEADER_ROW, 3, rowKey.header);
  grid.style(MEMBER_HEADER_ROW, 0, MEMBER_HEADER_ROW, 2, { bold: true, fill: '#D9E1F2', horizontal: 'center', border: true });
  list.members.forEach((member, i) => {
    const row = MEMBER_HEADER_ROW + 1 + i;
    grid.value(row, 0, member.name);
    grid.value(row, 1, member.kind);
    grid.value(row, 2, member.aliases.join('、'));
    grid.value(row, 3, taskKey.member(i));
  });
  const last = MEMBER_HEADER_ROW + list.members.length + SPARE_ROWS;
  grid.style(MEMBER_HEADER_ROW + 1, 0, MEMBER_HEADER_ROW + Math.max(list.members.length, 1), 2, { border: true });
  grid.validations.push({
    range: rangeAddress(MEMBER_HEADER_ROW + 1, 1, last, 1),
    rule: {
      type: 'list',
      list: [...UNIT_KINDS],
      prompt: { title: '类型', message: '镇：由“各镇”展开；部门：由“各单位”“各有关部门”展开。' },
      error: { title: '输入有误', message: '请从下拉列表中选择“镇”或“部门”。' },
    },
  });
  return grid.toPlan({
    name,
    kind: 'unit-list',
    columns: [{ width: 26 }, { width: 8 }, { width: 36 }, { width: 12, hidden: true }],
    freeze: { rows: MEMBER_HEADER_ROW + 1, columns: 0 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: true, repeatRows: [MEMBER_HEADER_ROW + 1, MEMBER_HEADER_ROW + 1] },
  });
}
