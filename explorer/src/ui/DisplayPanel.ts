/** Display: the renderer choice (canvas or WebGL), under the filters. */
import type { GraphView, RendererChoice } from '../graph/GraphView.ts';
import { h } from './dom.ts';

export function displayPanel(view: GraphView): HTMLElement {
  const renderer = h(
    'select',
    { attrs: { id: 'renderer', 'aria-label': 'Renderer' }, on: { change: () => view.setRenderer(renderer.value as RendererChoice) } },
    h('option', { attrs: { value: 'auto' }, text: 'Renderer: auto' }),
    h('option', { attrs: { value: 'canvas' }, text: 'Renderer: canvas' }),
    h('option', { attrs: { value: 'webgl' }, text: 'Renderer: WebGL' }),
  );
  return h('fieldset', { class: 'display' }, h('legend', { text: 'Display' }), renderer, h('p', { class: 'muted small', text: 'Auto switches to WebGL for large graphs.' }));
}
