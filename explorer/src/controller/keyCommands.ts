/**
 * The keyboard shortcuts as named commands, so what a key does is decided
 * (and tested) without a browser; the page only reports the key press and
 * runs the command.
 */

/** Commands that change the view; `ExplorerController.perform` runs them. */
export type ViewCommand = 'undo' | 'redo' | 'hideSelected' | 'expandSelected' | 'pinSelected';

/** Every command a key can give: the view's, and the page's own. */
export type KeyCommand = ViewCommand | 'focusSearch' | 'closeMenus';

export interface KeyPress {
  /** the key's name as the browser gives it: 'e', 'Delete', 'Escape' */
  key: string;
  /** Ctrl, or Cmd on a Mac */
  ctrl: boolean;
  shift: boolean;
  /** focus is in a text field or a select, whose keys are its own */
  typing: boolean;
}

/** Commands whose keys the browser would otherwise use itself (its undo, its quick find on '/'). */
export const OVERRIDES_BROWSER: ReadonlySet<KeyCommand> = new Set<KeyCommand>(['undo', 'redo', 'focusSearch']);

export function keyCommand(press: KeyPress): KeyCommand | null {
  if (press.key === 'Escape') return 'closeMenus';
  if (press.typing) return null;
  const key = press.key.toLowerCase();
  if (press.ctrl && key === 'z') return press.shift ? 'redo' : 'undo';
  if (press.ctrl && key === 'y') return 'redo';
  if (press.key === '/') return 'focusSearch';
  if (press.ctrl) return null;
  if (press.key === 'Delete' || press.key === 'Backspace') return 'hideSelected';
  if (press.key === 'e') return 'expandSelected';
  if (press.key === 'p') return 'pinSelected';
  return null;
}
