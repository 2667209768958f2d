/**
 * The add-in's own onChanged handlers must not fire for its bulk writes, so writes switch events off
 * (ExcelApi 1.8, per add-in) and back on afterwards.
 */

/** Restores events; a failure here must not hide the error that is already on its way. */
export async function switchEventsOn(context: Excel.RequestContext, runtime: Excel.Runtime, failed: boolean): Promise<void> {
  try {
    runtime.enableEvents = true;
    await context.sync();
  } catch (error) {
    if (!failed) throw error;
  }
}
