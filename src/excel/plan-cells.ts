/** Moved to core (host-neutral, shared with the WPS adapter); kept so the Excel adapter's imports stay short. */
export * from '../core/workbook-writing/plan-cells';
