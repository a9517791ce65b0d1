/**
 * The explorer's behaviour without the page: `ExplorerController` and the
 * small ports it is driven through. Runs in Node; only ui/ touches the DOM.
 */
export { controllerDefaults, ExplorerController, type ControllerPorts, type StatusSummary } from './ExplorerController.ts';
export type { FilterChoices } from './filterChoices.ts';
export { keyCommand, OVERRIDES_BROWSER, REVIEW_KEYS, reviewKeyCommand, SHORTCUTS, type KeyCommand, type KeyPress, type ViewCommand } from './keyCommands.ts';
export type { ClipboardPort, DetailsView, ExplorerClient, ExplorerEvents, PanelName, SaveFile, UrlPort } from './ports.ts';
export type { ViewExports } from './ViewExports.ts';
export { CurationLogPages, type LogFilter, type LogView } from './CurationLogPages.ts';
export { describeEntry, entryTime, type NameOf } from './logEntryText.ts';
export { MergeReview, type CurationChange, type ReviewCommand, type ReviewPair, type ReviewView } from './MergeReview.ts';
export { may, roleAllows, type Capability } from './permissions.ts';
export { Session, type SignInOutcome, type TokenStore } from './Session.ts';
export { Workbench, type WorkbenchEvents, type WorkbenchPorts } from './Workbench.ts';
export { AddReport, loadedNote, previewNote, type AddReportPorts, type AddReportView } from './AddReport.ts';
export { RemoveReport, type RemoveReportPorts, type RemoveReportView } from './RemoveReport.ts';
export { checkReportText, MAX_REPORT_CHARS, readReportBytes, REPORT_FILE_TYPES, sizeInWords } from './reportInput.ts';
