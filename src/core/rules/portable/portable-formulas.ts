/**
 * The portable twin of every GOV function: the same result from standard Excel functions, given
 * cell references. Results are the same as the TypeScript rules (src/core/rules), blank results
 * included; bad input gives an error value. Proven equal in LibreOffice by
 * tests/workbook/portable-equivalence.spec.ts.
 */
import { SERVICE_FORMS } from '../service-form';
import {
  ERR, allOf, anyOf, blank, countChecks, guarded, notNumber, notWholeCount, orDefault, weightChecks, weightValue, type RangeRef,
} from './formula-parts';

export type { RangeRef } from './formula-parts';

const sameLength = (a: RangeRef, b: RangeRef) => {
  if (a.cells.length !== b.cells.length) throw new Error(`ranges ${a.ref} and ${b.ref} differ in size`);
};

export function newmediaSupervisionFormula(checked: string, failed: string, weight?: string): string {
  const n = orDefault(checked, 0);
  const m = orDefault(failed, 0);
  const w = weightValue(weight);
  const checks = [notNumber(checked), notNumber(failed), notWholeCount(checked), notWholeCount(failed)];
  if (weight !== undefined) checks.push(...weightChecks(weight, false));
  return guarded(checks, `IF(AND(${n}=0,${m}=0),"",IF(${m}>${n},${ERR},${w}*(${n}-${m})/${n}))`);
}

/** CAPPED_DEDUCTION and CAPPED_BONUS: min(Σ countᵢ × perEventᵢ, cap). */
export function cappedPerEventFormula(counts: RangeRef, perEvent: RangeRef, cap: string): string {
  sameLength(counts, perEvent);
  const rateMissing = counts.cells.map((count, i) => allOf([`${count}>0`, blank(perEvent.cells[i])]));
  const checks = [
    ...weightChecks(cap, true),
    ...countChecks(counts),
    anyOf(perEvent.cells.map(notNumber)),
    anyOf(perEvent.cells.map((rate) => `${rate}<0`)),
    anyOf(rateMissing),
  ];
  return guarded(checks, `MIN(SUMPRODUCT(${counts.ref},${perEvent.ref}),${cap})`);
}

/** Shares: each filled with a number ≥ 0, adding up to 1 within 1e-9. */
function shareChecks(shares: RangeRef): string[] {
  return [anyOf(shares.cells.map(blank)), anyOf(shares.cells.map((s) => `NOT(ISNUMBER(${s}))`)), anyOf(shares.cells.map((s) => `${s}<0`)), `ABS(SUM(${shares.ref})-1)>1E-9`];
}

export function splitScoreFormula(weight: string, shares: RangeRef, attainments: RangeRef): string {
  sameLength(shares, attainments);
  const nothingFilled = allOf(attainments.cells.map(blank));
  const attainmentChecks = [anyOf(attainments.cells.map(notNumber)), anyOf(attainments.cells.map((a) => `OR(${a}<0,${a}>1)`))];
  const body = `IF(${nothingFilled},"",${guarded(attainmentChecks, `${weight}*SUMPRODUCT(${shares.ref},${attainments.ref})`)})`;
  return guarded([...weightChecks(weight, true), ...shareChecks(shares)], body);
}

export function shareDeductionFormula(weight: string, counts: RangeRef, shares: RangeRef, capShare: string): string {
  sameLength(counts, shares);
  const checks = [
    ...weightChecks(weight, true),
    ...weightChecks(capShare, true),
    `${capShare}>1`,
    ...countChecks(counts),
    anyOf(shares.cells.map(blank)),
    anyOf(shares.cells.map((s) => `NOT(ISNUMBER(${s}))`)),
    anyOf(shares.cells.map((s) => `OR(${s}<0,${s}>1)`)),
  ];
  return guarded(checks, `${weight}*MIN(SUMPRODUCT(${counts.ref},${shares.ref}),${capShare})`);
}

export function countTierFormula(count: string, thresholds: RangeRef, fractions: RangeRef, weight?: string): string {
  sameLength(thresholds, fractions);
  const n = orDefault(count, 0);
  const t = thresholds.cells;
  const checks = [
    notNumber(count),
    notWholeCount(count),
    ...(weight === undefined ? [] : weightChecks(weight, false)),
    anyOf(t.map((c) => `NOT(ISNUMBER(${c}))`)),
    anyOf(t.map((c) => `${c}<0`)),
    anyOf(fractions.cells.map((c) => `NOT(ISNUMBER(${c}))`)),
    ...(t.length > 1 ? [anyOf(t.slice(1).map((c, i) => `${c}<=${t[i]}`))] : []),
    anyOf(fractions.cells.map((c) => `OR(${c}<0,${c}>1)`)),
  ];
  return guarded(checks, `IF(${n}<MIN(${thresholds.ref}),0,${weightValue(weight)}*LOOKUP(${n},${thresholds.ref},${fractions.ref}))`);
}

export function serviceFormScoreFormula(form: string, weight?: string): string {
  const names = `{${SERVICE_FORMS.map((name) => `"${name}"`).join(',')}}`;
  const text = `TRIM(${form})`;
  const byNumber = `IF(AND(${form}>=1,${form}<=5,${form}=INT(${form})),${form},${ERR})`;
  const byText = `IF(ISNUMBER(MATCH(${text},${names},0)),MATCH(${text},${names},0),IF(OR(${text}="1",${text}="2",${text}="3",${text}="4",${text}="5"),VALUE(${text}),${ERR}))`;
  const level = `IF(ISNUMBER(${form}),${byNumber},IF(ISTEXT(${form}),${byText},${ERR}))`;
  const body = `IF(${text}="","",${weightValue(weight)}*${level}/5)`;
  return weight === undefined ? body : guarded(weightChecks(weight, false), body);
}

export function ratioScoreFormula(weight: string, numerator: string, denominator: string): string {
  const top = orDefault(numerator, 0);
  const bottom = orDefault(denominator, 0);
  const checks = [...weightChecks(weight, true), notNumber(numerator), notNumber(denominator), `${top}<0`, `${bottom}<0`];
  return guarded(checks, `IF(AND(${top}=0,${bottom}=0),"",IF(${bottom}=0,${ERR},${weight}*MIN(${top}/${bottom},1)))`);
}

/** A veto cell read as text: 1, TRUE, 是, 否决 set it; blank, 0, FALSE, 否 leave it clear. */
function vetoKey(cell: string): string {
  return `UPPER(TRIM(${cell}))`;
}

export function quarterHealthFormula(scores: RangeRef, vetoes?: RangeRef): string {
  if (vetoes) sameLength(scores, vetoes);
  const vetoed = (i: number) => (vetoes ? `OR(${['"1"', '"TRUE"', '"是"', '"否决"'].map((v) => `${vetoKey(vetoes.cells[i])}=${v}`).join(',')})` : 'FALSE');
  const vetoUnknown = (i: number) =>
    `NOT(OR(${['""', '"0"', '"FALSE"', '"否"', '"1"', '"TRUE"', '"是"', '"否决"'].map((v) => `${vetoKey((vetoes as RangeRef).cells[i])}=${v}`).join(',')}))`;
  const checks = [
    ...(vetoes ? [anyOf(scores.cells.map((_, i) => vetoUnknown(i)))] : []),
    anyOf(scores.cells.map((s, i) => allOf([`NOT(${vetoed(i)})`, `${s}<>""`, `OR(NOT(ISNUMBER(${s})),${s}<0)`]))),
  ];
  const counted = scores.cells.map((s, i) => `IF(OR(${vetoed(i)},${s}<>""),1,0)`).join('+');
  const total = scores.cells.map((s, i) => `IF(${vetoed(i)},0,N(${s}))`).join('+');
  return guarded(checks, `IF((${counted})=0,"",(${total})/(${counted}))`);
}

export function bestCasesFormula(scores: RangeRef, k?: string, perCaseCap?: string, totalCap?: string): string {
  const optional = (x: string | undefined) => (x === undefined ? [] : [notNumber(x), `${x}<0`]);
  const checks = [
    ...optional(k),
    ...(k === undefined ? [] : [`AND(${k}<>"",OR(${k}<1,${k}<>INT(${k})))`]),
    ...optional(perCaseCap),
    ...optional(totalCap),
    anyOf(scores.cells.map(notNumber)),
    anyOf(scores.cells.map((s) => `${s}<0`)),
  ];
  const taken = k === undefined ? `COUNT(${scores.ref})` : `IF(${k}="",COUNT(${scores.ref}),MIN(${k},COUNT(${scores.ref})))`;
  const capCase = (value: string) => (perCaseCap === undefined ? value : `IF(${perCaseCap}="",${value},MIN(${value},${perCaseCap}))`);
  const terms = scores.cells.map((_, i) => `IF(${i + 1}<=${taken},${capCase(`LARGE(${scores.ref},${i + 1})`)},0)`).join('+');
  const total = totalCap === undefined ? `(${terms})` : `MIN(${terms},IF(${totalCap}="",9E+307,${totalCap}))`;
  return guarded(checks, `IF(COUNT(${scores.ref})=0,"",${total})`);
}

export function contestScoreFormula(weight: string, score: string, fullScore?: string): string {
  const full = fullScore === undefined ? '100' : orDefault(fullScore, 100);
  const checks = [...weightChecks(weight, true), ...(fullScore === undefined ? [] : [notNumber(fullScore), `${full}<=0`]), notNumber(score), `${score}<0`];
  return guarded(checks, `IF(${blank(score)},"",IF(${score}>${full},${ERR},${weight}*${score}/${full}))`);
}
