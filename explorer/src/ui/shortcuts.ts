/**
 * The page's keys: each press becomes a named command (controller/keyCommands.ts).
 * While the Review tab is shown its decision keys come first; the view's
 * commands go to the controller.
 */
import { keyCommand, OVERRIDES_BROWSER, reviewKeyCommand, type ExplorerController, type ReviewCommand } from '../controller/index.ts';

export interface PageKeys {
  focusSearch(): void;
  closeMenus(): void;
  /** the Review tab is shown: its keys decide */
  reviewing(): boolean;
  review(command: ReviewCommand): void;
}

export function bindShortcuts(doc: Document, controller: ExplorerController, page: PageKeys): void {
  doc.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    const press = { key: e.key, ctrl: e.ctrlKey || e.metaKey || e.altKey, shift: e.shiftKey, typing };
    const decision = page.reviewing() ? reviewKeyCommand(press) : null;
    if (decision) {
      e.preventDefault();
      page.review(decision);
      return;
    }
    const command = keyCommand({ ...press, ctrl: e.ctrlKey || e.metaKey });
    if (!command) return;
    if (OVERRIDES_BROWSER.has(command)) e.preventDefault();
    if (command === 'focusSearch') page.focusSearch();
    else if (command === 'closeMenus') page.closeMenus();
    else controller.perform(command);
  });
}
