/**
 * The WPS add-in's functions script (functions.js, loaded by index.html when WPS starts the add-in,
 * as the wpsjs et template loads its js/functions.js): registers the GOV functions where this WPS
 * can (wps-functions.ts). Nothing else runs here; the pane is a separate page.
 */
import { wpsRootOf } from './et-types';
import { registerGovFunctions } from './wps-functions';

const root = wpsRootOf(globalThis as unknown as { wps?: unknown; Application?: unknown });
if (root) registerGovFunctions(root);
