/** Every Excel.run of the adapter goes through here: one retry when the user is editing a cell. */
import { officeErrorCode, toHostError } from './errors';

export const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

/** Pause before the single retry, so a user who just pressed Enter has left edit mode. */
export const CELL_EDIT_RETRY_DELAY_MS = 300;

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * Excel.run with `delayForCellEdit: true`: "if the user is in cell edit mode then the batch request
 * is delayed until the user exits cell edit mode" (Excel.RunOptions; without it "the batch
 * automatically fails"). Hosts that predate the option fail with InvalidOperationInCellEditMode
 * instead.
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Runs `batch` in Excel.run; if Excel still refuses because a cell is in edit mode, waits a moment and
 * runs it once more (not twice: a user still typing should see the message, not a frozen pane).
 * `return await` inside `try` so a rejected promise is caught here and not by the caller.
 * Batches must be safe to re-run: they re-read what they depend on.
 */
export async function runExcel<T>(batch: Batch<T>): Promise<T> {
  try {
    return await Excel.run(RUN_OPTIONS, batch);
  } catch (error) {
    if (officeErrorCode(error) !== CELL_EDIT_MODE) throw toHostError(error);
  }
  await new Promise((resolve) => setTimeout(resolve, CELL_EDIT_RETRY_DELAY_MS));
  try {
    return await Excel.run(RUN_OPTIONS, batch);
  } catch (error) {
    throw toHostError(error);
  }
}
