/**
 * The keyboard shortcuts as named commands, so what a key does is decided
 * (and tested) without a browser; the page only reports the key press and
 * runs the command.
 */
import type { ReviewCommand } from './MergeReview.ts';

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

/** The Review tab's keys, active while it is shown: each a decision on the pair under review. */
export const REVIEW_KEYS: Readonly<Record<string, ReviewCommand>> = { m: 'merge', n: 'reject', s: 'skip', u: 'undo' };

/** A key press in the Review tab → its decision; null for any other key (and while typing, or with Ctrl). */
export function reviewKeyCommand(press: KeyPress): ReviewCommand | null {
  if (press.typing || press.ctrl) return null;
  return REVIEW_KEYS[press.key.toLowerCase()] ?? null;
}

/** Every shortcut, as the page's "Keys" help lists them. */
export const SHORTCUTS: ReadonlyArray<{ keys: string; does: string; where: string }> = [
  { keys: '/', does: 'Search', where: 'anywhere' },
  { keys: 'Ctrl+Z, Ctrl+Shift+Z', does: 'Undo, redo a view step', where: 'anywhere' },
  { keys: 'e', does: 'Expand the selection', where: 'canvas' },
  { keys: 'p', does: 'Pin or unpin the selection', where: 'canvas' },
  { keys: 'Delete', does: 'Hide the selection', where: 'canvas' },
  { keys: 'Arrows, Enter', does: 'Move between entities, open one', where: 'canvas (focused)' },
  { keys: 'Escape', does: 'Close menus', where: 'anywhere' },
  { keys: 'm', does: 'Merge the two entities', where: 'Review tab' },
  { keys: 'n', does: 'Not the same: keep them apart', where: 'Review tab' },
  { keys: 's', does: 'Skip to the next suggestion', where: 'Review tab' },
  { keys: 'u', does: 'Undo the last merge (split)', where: 'Review tab' },
];
