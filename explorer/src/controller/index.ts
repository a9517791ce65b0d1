/**
 * The explorer's behaviour without the page: `ExplorerController` and the
 * small ports it is driven through. Runs in Node; only ui/ touches the DOM.
 */
export { controllerDefaults, ExplorerController, type ControllerPorts, type StatusSummary } from './ExplorerController.ts';
export type { FilterChoices } from './filterChoices.ts';
export { keyCommand, OVERRIDES_BROWSER, type KeyCommand, type KeyPress, type ViewCommand } from './keyCommands.ts';
export type { ClipboardPort, DetailsView, ExplorerClient, ExplorerEvents, PanelName, SaveFile, UrlPort } from './ports.ts';
export type { ViewExports } from './ViewExports.ts';
