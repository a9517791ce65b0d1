import { describe, expect, it } from 'vitest';
import { keyCommand, OVERRIDES_BROWSER, type KeyPress } from '../../explorer/src/controller/index.ts';

const press = (key: string, opts: Partial<KeyPress> = {}): KeyPress => ({ key, ctrl: false, shift: false, typing: false, ...opts });

describe('keyboard commands', () => {
  it('Ctrl+Z undoes; Ctrl+Shift+Z and Ctrl+Y redo, whatever the case of the letter', () => {
    expect(keyCommand(press('z', { ctrl: true }))).toBe('undo');
    expect(keyCommand(press('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(keyCommand(press('y', { ctrl: true }))).toBe('redo');
  });

  it('/ goes to the search box', () => {
    expect(keyCommand(press('/'))).toBe('focusSearch');
  });

  it('e, p, Delete and Backspace act on the selection', () => {
    expect(keyCommand(press('e'))).toBe('expandSelected');
    expect(keyCommand(press('p'))).toBe('pinSelected');
    expect(keyCommand(press('Delete'))).toBe('hideSelected');
    expect(keyCommand(press('Backspace'))).toBe('hideSelected');
  });

  it('while typing in a field the keys are the field’s, except Escape, which closes the menus', () => {
    for (const p of [press('z', { ctrl: true, typing: true }), press('/', { typing: true }), press('e', { typing: true }), press('Backspace', { typing: true })]) {
      expect(keyCommand(p), p.key).toBeNull();
    }
    expect(keyCommand(press('Escape', { typing: true }))).toBe('closeMenus');
  });

  it('with Ctrl held the single-letter commands do not fire (Ctrl+P prints, Ctrl+E is the browser’s)', () => {
    expect(keyCommand(press('p', { ctrl: true }))).toBeNull();
    expect(keyCommand(press('e', { ctrl: true }))).toBeNull();
  });

  it('takes over the browser’s own undo and quick find only', () => {
    expect([...OVERRIDES_BROWSER].sort()).toEqual(['focusSearch', 'redo', 'undo']);
  });
});
