/*
 * The WPS add-in's entry script (index.html loads it when WPS starts the add-in). WPS calls the ribbon
 * callbacks named in ribbon.xml as global functions: OnAddinLoad once, OnAction per click, GetImage per
 * button (the wpsjs et template's js/ribbon.js,
 * https://github.com/LKI/wpsjs-next/blob/main/packages/@wps-jsapi/et/js/ribbon.js). The pane is a task
 * pane made once with CreateTaskPane(url) and shown or hidden afterwards; its id is kept in
 * PluginStorage, as the template does. The root object is `Application` (the wpsjs 2.2.3 et template
 * and Kingsoft's declarations, et-jsapi-declare 2.5.0 index.d.ts, which give the page `Application` and
 * `wps` as the same root), else `wps` (older WPS). Plain ES5: this file is not bundled.
 */
/* eslint-disable no-var */
var GOV_EVAL_PANE_KEY = 'gov_eval_taskpane_id';

/** The add-in folder's URL (index.html's folder), for the pane's and images' addresses. */
function GovEvalBaseUrl() {
  var href = document.location.href;
  return href.substring(0, href.lastIndexOf('/'));
}

/** The add-in root: `Application` where WPS gives it, else `wps`. */
function GovEvalRoot() {
  return typeof Application === 'object' && Application ? Application : wps;
}

function OnAddinLoad(ribbonUI) {
  var root = GovEvalRoot();
  if (typeof root.ribbonUI !== 'object') root.ribbonUI = ribbonUI;
  return true;
}

function OnAction(control) {
  if (control.Id !== 'btnGovEvalPane') return true;
  var root = GovEvalRoot();
  var id = root.PluginStorage.getItem(GOV_EVAL_PANE_KEY);
  var pane = id ? root.GetTaskPane(id) : null;
  if (!pane) {
    pane = root.CreateTaskPane(GovEvalBaseUrl() + '/taskpane.html');
    root.PluginStorage.setItem(GOV_EVAL_PANE_KEY, pane.ID);
    pane.Visible = true;
  } else {
    pane.Visible = !pane.Visible;
  }
  return true;
}

function GetImage(control) {
  return 'images/icon-32.png';
}
