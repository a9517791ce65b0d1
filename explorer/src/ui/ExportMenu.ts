/** The Export menu: the picture, the data written here, the files the API writes, and the link. */
import type { ExplorerController } from '../controller/index.ts';
import { FILE_FORMATS } from '../graph/exportView.ts';
import { button, h } from './dom.ts';

/** Closes every open drop-down menu (Escape, or a menu item chosen). */
export function closeMenus(root: ParentNode): void {
  root.querySelectorAll('details.menu[open]').forEach((d) => d.removeAttribute('open'));
}

export function exportMenu(controller: ExplorerController, closeAll: () => void): HTMLElement {
  const item = (label: string, action: string, run: () => unknown, title?: string) =>
    button(
      label,
      () => {
        closeAll();
        void run();
      },
      { title, attrs: { 'data-action': action } },
    );
  const exports = controller.exports;
  return h(
    'details',
    { class: 'menu' },
    h('summary', { class: 'btn', attrs: { 'data-action': 'export-menu' }, text: 'Export' }),
    h(
      'div',
      { class: 'menu-items' },
      item('PNG image', 'export-png', () => exports.png()),
      item('JSON', 'export-json', () => exports.json()),
      item('CSV: nodes', 'export-csv-nodes', () => exports.csv('nodes')),
      item('CSV: edges', 'export-csv-edges', () => exports.csv('edges')),
      ...FILE_FORMATS.map((f) => item(f.label, `export-${f.action}`, () => exports.file(f.format), 'With every property and the evidence counts')),
      item('Copy link', 'copy-link', () => controller.copyLink()),
    ),
  );
}
