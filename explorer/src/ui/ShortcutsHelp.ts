/** The toolbar's "Keys" menu: every keyboard shortcut, from the controller's list (controller/keyCommands.ts). */
import { SHORTCUTS } from '../controller/index.ts';
import { h } from './dom.ts';

export function shortcutsHelp(): HTMLElement {
  return h(
    'details',
    { class: 'menu keys-help' },
    h('summary', { class: 'btn', attrs: { 'data-action': 'keys-help' }, text: 'Keys' }),
    h(
      'div',
      { class: 'menu-items' },
      h(
        'table',
        { class: 'keys-table' },
        h('caption', { class: 'sr-only', text: 'Keyboard shortcuts' }),
        h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: 'Keys' }), h('th', { attrs: { scope: 'col' }, text: 'Does' }), h('th', { attrs: { scope: 'col' }, text: 'Where' }))),
        h('tbody', {}, ...SHORTCUTS.map((s) => h('tr', {}, h('td', {}, h('kbd', { text: s.keys })), h('td', { text: s.does }), h('td', { text: s.where })))),
      ),
    ),
  );
}
