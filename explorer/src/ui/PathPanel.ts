/**
 * Trace: pick two entities (search, or "use selected"), get the shortest
 * collaboration path drawn on the canvas and listed here step by step, each
 * step with the sentence and report that state it.
 */
import type { EntityRef, ExplorerApi, PathView } from '../api/ExplorerApi.ts';
import { relationLabel } from '../model.ts';
import { button, clear, h, safeLink, typeChip } from './dom.ts';
import { SearchBox } from './SearchBox.ts';

export interface PathActions {
  selected(): EntityRef | null;
  trace(from: EntityRef, to: EntityRef): void;
  clear(): void;
  open(ref: EntityRef): void;
}

export class PathPanel {
  readonly el: HTMLElement;
  private from: EntityRef | null = null;
  private to: EntityRef | null = null;
  private readonly fromBox: SearchBox;
  private readonly toBox: SearchBox;
  private readonly result: HTMLElement;
  private readonly traceBtn: HTMLButtonElement;

  constructor(api: ExplorerApi, private readonly actions: PathActions) {
    this.fromBox = new SearchBox({ api, label: 'From', placeholder: 'First entity…', compact: true, id: 'path-from', onChoose: (hit) => this.setFrom(hit) });
    this.toBox = new SearchBox({ api, label: 'To', placeholder: 'Second entity…', compact: true, id: 'path-to', onChoose: (hit) => this.setTo(hit) });
    this.traceBtn = button('Trace path', () => this.run(), { class: 'btn primary', attrs: { 'data-action': 'run-trace', disabled: true } });
    this.result = h('div', { class: 'path-result', attrs: { 'aria-live': 'polite' } });
    this.el = h(
      'section',
      { class: 'path-panel', attrs: { 'aria-label': 'Trace a collaboration path' } },
      h('div', { class: 'pick' }, this.fromBox.el, button('Use selected', () => this.useSelected('from'), { class: 'btn small', title: 'Use the entity selected on the canvas' })),
      h('div', { class: 'pick' }, this.toBox.el, button('Use selected', () => this.useSelected('to'), { class: 'btn small', title: 'Use the entity selected on the canvas' })),
      h('div', { class: 'row' }, this.traceBtn, button('Clear', () => this.reset(), { class: 'btn' })),
      this.result,
    );
  }

  setFrom(ref: EntityRef): void {
    this.from = ref;
    this.fromBox.setValue(ref.name);
    this.update();
  }

  setTo(ref: EntityRef): void {
    this.to = ref;
    this.toBox.setValue(ref.name);
    this.update();
  }

  focusTo(): void {
    this.toBox.input.focus();
  }

  private useSelected(which: 'from' | 'to'): void {
    const sel = this.actions.selected();
    if (!sel) {
      this.message('Select an entity on the canvas first.');
      return;
    }
    if (which === 'from') this.setFrom(sel);
    else this.setTo(sel);
  }

  private update(): void {
    this.traceBtn.disabled = !(this.from && this.to && this.from.id !== this.to.id);
  }

  private run(): void {
    if (this.from && this.to) this.actions.trace(this.from, this.to);
  }

  private reset(): void {
    this.from = this.to = null;
    this.fromBox.setValue('');
    this.toBox.setValue('');
    clear(this.result);
    this.update();
    this.actions.clear();
  }

  message(text: string): void {
    clear(this.result);
    this.result.append(h('p', { class: 'muted', text }));
  }

  show(path: PathView | null, from: EntityRef, to: EntityRef): void {
    clear(this.result);
    if (!path) {
      this.result.append(h('p', { class: 'notice', text: `No collaboration path between “${from.name}” and “${to.name}” within 4 steps.` }));
      return;
    }
    const names = new Map(path.nodes.map((n) => [n.id, n]));
    this.result.append(h('p', { class: 'path-summary', text: `${path.steps.length} step${path.steps.length === 1 ? '' : 's'} from ${from.name} to ${to.name}` }));
    const ol = h('ol', { class: 'path-steps' });
    for (const step of path.steps) {
      const s = names.get(step.source);
      const t = names.get(step.target);
      const li = h(
        'li',
        { class: 'path-step' },
        h(
          'div',
          { class: 'step-head' },
          s ? this.entity(s) : h('span', { text: step.source }),
          h('span', { class: 'rel-type', text: ` ${relationLabel(step.type)} ` }),
          t ? this.entity(t) : h('span', { text: step.target }),
        ),
      );
      for (const src of step.sources) {
        if (src.evidence) li.append(h('blockquote', { class: 'evidence', text: src.evidence }));
        li.append(h('div', { class: 'source-meta' }, h('span', { class: 'muted', text: 'Source: ' }), safeLink(src.report.url, src.report.title || src.report.id)));
      }
      if (step.sources.length === 0) li.append(h('p', { class: 'muted', text: 'No evidence sentence recorded for this step.' }));
      ol.append(li);
    }
    this.result.append(ol);
  }

  private entity(ref: EntityRef): HTMLElement {
    return h('span', { class: 'step-entity' }, typeChip(ref.type), button(ref.name, () => this.actions.open(ref), { class: 'link-btn' }));
  }
}
