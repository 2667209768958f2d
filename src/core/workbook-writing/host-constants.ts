/** Constants both host adapters (src/excel, src/wps) write with, so that a workbook looks the same in either. */

/** The fill of a cell the live check marks: Excel's "light red fill" of its conditional-format presets. */
export const MARK_FILL = '#FFC7CE';

/**
 * Excel's limits on data-validation texts (title 32, input prompt 255, error message 225 characters;
 * longer ones make the whole batch fail with InvalidArgument). WPS follows Excel's object model and is
 * held to the same.
 */
export const VALIDATION_TEXT_LIMITS = { title: 32, prompt: 255, error: 225 } as const;
