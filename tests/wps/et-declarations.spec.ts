/**
 * The ET object model the WPS adapter calls (src/wps/et-types.ts) against Kingsoft's own TypeScript
 * declarations of it, et-jsapi-declare 2.5.0 (lib.et.d.ts: namespace Et; lib.kso.d.ts: Kso; addon.et.d.ts: WPS.EtApiEvent
 * and AddCustomFunction; index.d.ts: the add-in page's roots `Application` and `wps`). Every member the
 * adapter's interfaces name must be declared there on the matching interface, and every enumeration
 * value the adapter writes must equal the declared one — so a member misspelt or taken from Excel
 * without WPS having it fails here, not on an office's machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { XL } from '../../src/wps/et-types';

const root = join(__dirname, '../..');
const declarations = join(root, 'node_modules/et-jsapi-declare');

type Members = Map<string, Set<string>>;

/** Interface name → member names, for the interfaces (and enums, as members → values) of a file. */
function interfacesOf(file: string, namespace?: string): { interfaces: Members; enums: Map<string, number> } {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces: Members = new Map();
  const enums = new Map<string, number>();
  const visit = (node: ts.Node, inside: boolean): void => {
    if (ts.isModuleDeclaration(node)) {
      const name = node.name.getText(source);
      node.body?.forEachChild((child) => visit(child, inside || namespace === undefined || name === namespace));
      return;
    }
    if (ts.isModuleBlock(node)) {
      node.forEachChild((child) => visit(child, inside));
      return;
    }
    if (!inside) return;
    if (ts.isInterfaceDeclaration(node)) {
      const members = interfaces.get(node.name.text) ?? new Set<string>();
      for (const member of node.members) if (member.name) members.add(member.name.getText(source));
      for (const clause of node.heritageClauses ?? []) for (const type of clause.types) members.add(`extends ${type.expression.getText(source)}`);
      interfaces.set(node.name.text, members);
    }
    if (ts.isEnumDeclaration(node)) {
      for (const member of node.members) {
        const init = member.initializer;
        if (!init) continue;
        const text = init.getText(source).replace(/\s/g, '');
        const value = Number(text);
        if (Number.isFinite(value)) enums.set(member.name.getText(source), value);
      }
    }
  };
  source.forEachChild((node) => visit(node, namespace === undefined));
  return { interfaces, enums };
}

const et = interfacesOf(join(declarations, 'lib.et.d.ts'), 'Et');
// Some Excel enumerations (XlRowCol: xlColumns) are declared in the shared Office namespace Kso.
const kso = interfacesOf(join(declarations, 'lib.kso.d.ts'), 'Kso');
const declaredEnums = new Map([...kso.enums, ...et.enums]);
const addon = interfacesOf(join(declarations, 'addon.et.d.ts'));
const index = interfacesOf(join(declarations, 'index.d.ts'));
const ours = interfacesOf(join(root, 'src/wps/et-types.ts'));

/** Our interface → the declared one it stands for. */
const COUNTERPARTS: [ours: string, declared: string, where: Members][] = [
  ['EtFont', 'Font', et.interfaces],
  ['EtInterior', 'Interior', et.interfaces],
  ['EtBorders', 'Borders', et.interfaces],
  ['EtValidation', 'Validation', et.interfaces],
  ['EtFormatCondition', 'FormatCondition', et.interfaces],
  ['EtFormatConditions', 'FormatConditions', et.interfaces],
  ['EtRange', 'Range', et.interfaces],
  ['EtPageSetup', 'PageSetup', et.interfaces],
  ['EtWorksheet', 'Worksheet', et.interfaces],
  ['EtSheets', 'Sheets', et.interfaces],
  ['EtWorkbook', 'Workbook', et.interfaces],
  ['EtWindow', 'Window', et.interfaces],
  ['EtApplication', 'Application', et.interfaces],
  ['EtChartObjects', 'ChartObjects', et.interfaces],
  ['EtChartObject', 'ChartObject', et.interfaces],
  ['EtChart', 'Chart', et.interfaces],
  ['EtChartTitle', 'ChartTitle', et.interfaces],
  ['EtSeries', 'Series', et.interfaces],
  ['EtApiEvent', 'EtApiEvent', addon.interfaces],
];

/** Declared members of an interface and of the interfaces it extends (ApiEvent → RemoveApiEventListener …). */
function declaredMembers(name: string, where: Members): Set<string> {
  const all = new Set<string>();
  for (const member of where.get(name) ?? []) {
    if (member.startsWith('extends ')) {
      const base = member.slice('extends '.length).replace(/^\w+\./, '');
      for (const inherited of declaredMembers(base, where.has(base) ? where : index.interfaces)) all.add(inherited);
    } else all.add(member);
  }
  return all;
}

describe('the adapter’s ET calls are in Kingsoft’s declarations (et-jsapi-declare 2.5.0)', () => {
  it.each(COUNTERPARTS)('%s: every member is declared on Et.%s', (mine, declared, where) => {
    const members = ours.interfaces.get(mine);
    expect(members, `src/wps/et-types.ts has no interface ${mine}`).toBeDefined();
    const known = declaredMembers(declared, where);
    expect(known.size, `${declared} not found in the declarations`).toBeGreaterThan(0);
    const missing = [...(members ?? [])].filter((member) => !known.has(member));
    expect(missing).toEqual([]);
  });

  it('every interface of et-types.ts that stands for an ET object is checked above', () => {
    const checked = new Set(COUNTERPARTS.map(([mine]) => mine));
    // WpsRoot is the page's root object, checked against index.d.ts and addon.et.d.ts below.
    const unchecked = [...ours.interfaces.keys()].filter((name) => !checked.has(name) && name !== 'WpsRoot');
    expect(unchecked).toEqual([]);
  });

  it('the page root: AddonRoot has EtApplication and ApiEvent, EtAddonRoot has AddCustomFunction', () => {
    const roots = new Set([...declaredMembers('AddonRoot', index.interfaces), ...declaredMembers('EtAddonRoot', addon.interfaces)]);
    const missing = [...(ours.interfaces.get('WpsRoot') ?? [])].filter((member) => !roots.has(member));
    expect(ours.interfaces.get('WpsRoot')?.size).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(XL))('XL.%s equals the declared xl… value', (key, value) => {
    const name = `xl${key[0].toUpperCase()}${key.slice(1)}`;
    expect(declaredEnums.get(name), name).toBe(value);
  });
});
