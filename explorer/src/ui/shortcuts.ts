/** The page's keys: each press becomes a named command (controller/keyCommands.ts); the view's go to the controller. */
import { keyCommand, OVERRIDES_BROWSER, type ExplorerController } from '../controller/index.ts';

export function bindShortcuts(doc: Document, controller: ExplorerController, page: { focusSearch(): void; closeMenus(): void }): void {
  doc.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    const command = keyCommand({ key: e.key, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey, typing });
    if (!command) return;
    if (OVERRIDES_BROWSER.has(command)) e.preventDefault();
    if (command === 'focusSearch') page.focusSearch();
    else if (command === 'closeMenus') page.closeMenus();
    else controller.perform(command);
  });
}
