/**
 * Who a scoring workbook is for (issue 14): typed site names, or — when the scoring template has a
 * department scope (附录1 of gx-2023-department) — departments chosen from that scope.
 *
 * Decision: the department list is offered *besides* the typed list, not instead of it, and is the
 * default whenever the template has a scope. A chosen department gets its own profile (its 重点领域
 * rows and sub-weights, its 主动公开 items, its 附录2 便民查询服务 rows), which is why the list is
 * the default. Typing stays possible for a site the document does not list (a department set up
 * after it, a blank sheet to copy): such sheets are scored by the template as it is, with no
 * profile. A typed name that is one of the scope's departments is pointed out, so nobody gets the
 * plain sheet for a department without knowing it. Choices are planned in 附录1's order, whatever
 * order they were ticked in; the typed text and the ticks are both kept while switching between
 * the two.
 */
import { useMemo, useState } from 'react';
import type { DepartmentScopeTemplate, ScoringTemplate } from '../core/template-schema';
import { findDepartment, type ScopeDepartment } from '../core/department-profile';
import type { ScoringWorkbookOptions } from '../core/sheet-plan/workbook-plan';
import { reviewDepartments, reviewSiteList, useReviewGate, type SiteListGate } from './site-list-review';

export type SiteSource = 'departments' | 'names';

/** A typed name that is a department of the scope (as typed, and as 附录1 spells it). */
export interface TypedDepartment {
  typed: string;
  name: string;
}

export interface ScoringSites {
  /** The scope's department list is used (the template has a scope and it is chosen). */
  byDepartment: boolean;
  source: SiteSource;
  setSource: (source: SiteSource) => void;
  text: string;
  setText: (text: string) => void;
  /** Names of the ticked departments. */
  chosen: ReadonlySet<string>;
  setChosen: (chosen: ReadonlySet<string>) => void;
  /** The ticked departments in 附录1's order. */
  departments: readonly ScopeDepartment[];
  /** Typed names that are departments of the scope (typing, not the list, is in use). */
  typedDepartments: TypedDepartment[];
  gate: SiteListGate;
  /** planScoringWorkbook's `sites` and `departments` options for what is chosen now. */
  planOptions: Pick<ScoringWorkbookOptions, 'sites' | 'departments'>;
}

const NO_SHEETS: readonly string[] = [];

export function useScoringSites(template: ScoringTemplate, scope: DepartmentScopeTemplate | undefined, existingSheets: readonly string[] = NO_SHEETS): ScoringSites {
  const [source, setSource] = useState<SiteSource>(scope ? 'departments' : 'names');
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const byDepartment = scope !== undefined && source === 'departments';
  const departments = useMemo(() => (scope ? scope.departments.filter((d) => chosen.has(d.name)) : []), [scope, chosen]);
  const textReview = useMemo(() => reviewSiteList(text, existingSheets), [text, existingSheets]);
  const departmentReview = useMemo(() => reviewDepartments(departments.map((d) => d.name), existingSheets), [departments, existingSheets]);
  const gate = useReviewGate(byDepartment ? departmentReview : textReview, template, byDepartment && departments.length === 0);
  const typedDepartments = useMemo(() => {
    if (!scope || byDepartment) return [];
    return textReview.sites.flatMap((typed) => {
      const found = findDepartment(scope, typed);
      return found.ok ? [{ typed, name: found.department.name }] : [];
    });
  }, [scope, byDepartment, textReview]);
  const planOptions = byDepartment && scope ? { sites: [], departments: { scope, list: departments } } : { sites: gate.review.sites };
  return { byDepartment, source, setSource, text, setText, chosen, setChosen, departments, typedDepartments, gate, planOptions };
}
