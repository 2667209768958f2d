/** Percentage splits (评分细则): shares add up to 100%, nested shares to their point's share. */
import type { Point, ScoringTemplate } from './template-schema';
import type { Issue } from './issues';
import { visitNodes } from './indicator-tree';
import { messages } from './messages';
import { nearlyEqual, sum } from './numbers';

export function hasShares(points: readonly Point[] | undefined): boolean {
  return (points ?? []).some((point) => typeof point.share === 'number');
}

/** A point that deducts a share per event (每发现一个扣 50%) is not part of the split. */
export function isDeductionPoint(point: Point): boolean {
  return typeof point.share !== 'number' && point.rule?.type === 'share-deduction';
}

export function checkSplits(template: ScoringTemplate): Issue[] {
  const issues: Issue[] = [];
  for (const { node, path } of visitNodes(template)) {
    if (!hasShares(node.points)) continue;
    issues.push(...checkShareList(node.points ?? [], 100, path, true));
  }
  return issues;
}

/** Checks that the shares of `points` add up to `expected` (100, or the parent point's share). */
function checkShareList(points: readonly Point[], expected: number, path: string, topLevel: boolean): Issue[] {
  const issues: Issue[] = [];
  const shares: number[] = [];
  for (const point of points) {
    if (isDeductionPoint(point)) continue;
    if (typeof point.share !== 'number') {
      issues.push({ severity: 'error', code: 'share-missing', path, message: `${messages.shareMissing()}（${point.text.slice(0, 30)}）` });
      continue;
    }
    shares.push(point.share);
    issues.push(...checkPointInside(point, point.share, path));
  }
  const total = sum(shares);
  if (issues.length === 0 && !nearlyEqual(total, expected)) {
    issues.push(
      topLevel
        ? { severity: 'error', code: 'split-sum', path, message: messages.shareSum(total, shares) }
        : { severity: 'error', code: 'nested-split-sum', path, message: messages.nestedShareSum(expected, total, shares) },
    );
  }
  return issues;
}

function checkPointInside(point: Point, share: number, path: string): Issue[] {
  const issues: Issue[] = [];
  if (point.points && hasShares(point.points)) issues.push(...checkShareList(point.points, share, path, false));
  for (const alternative of point.alternatives ?? []) {
    if (alternative.share > share + 1e-9) {
      issues.push({ severity: 'error', code: 'alternative-share', path, message: messages.alternativeShare(alternative.share, share) });
    }
  }
  return issues;
}
