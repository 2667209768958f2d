/**
 * Finding a sheet's gov-eval marker without knowing where its key column is. The plan puts the marker
 * in row 1 of its last (hidden) column; the user may have added columns to the right since, so the
 * probe reads row 1 of the sheet's used range and takes the rightmost cell that parses as a marker.
 *
 * `getUsedRange(true).getRow(0)` never fails (a blank sheet's used range is A1, ExcelApi 1.1; the
 * values-only flag is ExcelApi 1.2), so one batch can probe every sheet of a workbook. `rowIndex`
 * tells whether that row really is row 1.
 */
import { type SheetMarker, parseSheetMarker } from '../core/sheet-plan/sheet-keys';

/** Queues the probe; load only what markerOf reads. */
export function queueMarkerProbe(sheet: Excel.Worksheet): Excel.Range {
  return sheet.getUsedRange(true).getRow(0).load(['values', 'rowIndex']);
}

/** The marker, once the probe is synced; null for a sheet the add-in did not make. */
export function markerOf(probe: Excel.Range): SheetMarker | null {
  if (probe.rowIndex !== 0) return null;
  const row = probe.values[0] ?? [];
  for (let column = row.length - 1; column >= 0; column--) {
    const marker = parseSheetMarker(row[column]);
    if (marker) return marker;
  }
  return null;
}
