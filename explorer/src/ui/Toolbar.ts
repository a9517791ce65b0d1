/** The top bar's view controls: undo and redo, the layout, re-layout, fit, overview, the export menu, and the narrow-screen panel toggles. */
import type { ExplorerController } from '../controller/index.ts';
import { LAYOUT_LABELS } from '../graph/layouts.ts';
import { LAYOUT_NAMES, type LayoutName } from '../state/ViewState.ts';
import { button, h } from './dom.ts';

export class Toolbar {
  readonly el: HTMLElement;
  private readonly undoBtn: HTMLButtonElement;
  private readonly redoBtn: HTMLButtonElement;
  private readonly layoutSelect: HTMLSelectElement;

  /** `togglePanel` opens or closes a side panel on narrow screens; `keysHelp` lists the shortcuts. */
  constructor(controller: ExplorerController, exportMenu: HTMLElement, togglePanel: (side: 'left' | 'right') => void, keysHelp: HTMLElement) {
    this.undoBtn = button('↶ Undo', () => controller.undo(), { title: 'Undo (Ctrl+Z)', attrs: { 'data-action': 'undo', disabled: true } });
    this.redoBtn = button('↷ Redo', () => controller.redo(), { title: 'Redo (Ctrl+Shift+Z)', attrs: { 'data-action': 'redo', disabled: true } });
    this.layoutSelect = h(
      'select',
      { attrs: { id: 'layout', 'aria-label': 'Layout', title: 'Layout' }, on: { change: () => void controller.changeLayout(this.layoutSelect.value as LayoutName) } },
      ...LAYOUT_NAMES.map((l) => h('option', { attrs: { value: l }, text: LAYOUT_LABELS[l] })),
    );
    const toggle = (side: 'left' | 'right', label: string) =>
      button(label, () => togglePanel(side), { class: 'btn narrow-only', attrs: { 'aria-controls': `side-${side}`, 'data-action': `toggle-${side}` } });
    this.el = h(
      'nav',
      { class: 'toolbar', attrs: { 'aria-label': 'View' } },
      toggle('left', 'Filters'),
      this.undoBtn,
      this.redoBtn,
      this.layoutSelect,
      button('Re-layout', () => void controller.relayout(), { title: 'Run the layout again', attrs: { 'data-action': 'relayout' } }),
      button('Fit', () => controller.fit(), { title: 'Fit the view to the screen', attrs: { 'data-action': 'fit' } }),
      button('Overview', () => void controller.overview(), { title: 'Start again from the overview', attrs: { 'data-action': 'overview' } }),
      exportMenu,
      keysHelp,
      toggle('right', 'Panel'),
    );
  }

  update(now: { canUndo: boolean; canRedo: boolean; layout: LayoutName }): void {
    this.undoBtn.disabled = !now.canUndo;
    this.redoBtn.disabled = !now.canRedo;
    this.layoutSelect.value = now.layout;
  }
}
