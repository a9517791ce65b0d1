/**
 * A combobox: suggestions as you type (debounced, stale answers dropped),
 * arrow keys to move, Enter to choose, Escape to close. Each suggestion shows
 * the entity's type (colour + name) and its hint (kind · country · date).
 */
import { ApiError } from '../api/GraphQLClient.ts';
import type { ExplorerApi, SearchHitView } from '../api/ExplorerApi.ts';
import { clear, h, typeChip } from './dom.ts';

let counter = 0;

export interface SearchBoxOptions {
  api: ExplorerApi;
  label: string;
  placeholder: string;
  onChoose(hit: SearchHitView): void;
  /** the suggestions shown, each time they change (empty: none), e.g. to point them out on the canvas */
  onHits?(hits: readonly SearchHitView[]): void;
  /** id of the input, for labels and tests */
  id?: string;
  compact?: boolean;
}

export class SearchBox {
  readonly el: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly status: HTMLElement;
  /** visible note under the box: nothing found, or the search failed */
  private readonly message: HTMLElement;
  private hits: SearchHitView[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | null = null;
  private readonly listId: string;

  constructor(private readonly opts: SearchBoxOptions) {
    const n = ++counter;
    this.listId = `search-list-${n}`;
    const inputId = opts.id ?? `search-input-${n}`;
    this.input = h('input', {
      class: 'search-input',
      attrs: {
        id: inputId,
        type: 'search',
        role: 'combobox',
        'aria-autocomplete': 'list',
        'aria-expanded': 'false',
        'aria-controls': this.listId,
        autocomplete: 'off',
        spellcheck: 'false',
        placeholder: opts.placeholder,
      },
    });
    this.list = h('ul', { class: 'search-list', attrs: { id: this.listId, role: 'listbox', 'aria-label': `${opts.label} suggestions`, hidden: true } });
    this.status = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite' } });
    this.message = h('div', { class: 'search-message', attrs: { hidden: true } });
    this.el = h(
      'div',
      { class: `search${opts.compact ? ' compact' : ''}` },
      h('label', { class: opts.compact ? 'field-label' : 'sr-only', attrs: { for: inputId }, text: opts.label }),
      this.input,
      this.list,
      this.message,
      this.status,
    );
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.input.addEventListener('focus', () => {
      if (this.hits.length) this.open(true);
    });
    this.input.addEventListener('blur', () =>
      setTimeout(() => {
        this.open(false);
        this.message.hidden = true;
      }, 150),
    );
  }

  setValue(text: string): void {
    this.input.value = text;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    this.note(null);
    if (text.length < 2) {
      this.inflight?.abort();
      this.render([]);
      this.status.textContent = '';
      return;
    }
    this.timer = setTimeout(() => void this.run(text), 180);
  }

  private async run(text: string): Promise<void> {
    this.inflight?.abort();
    const ctl = new AbortController();
    this.inflight = ctl;
    this.status.textContent = 'Searching…';
    try {
      const hits = await this.opts.api.search(text, 8, ctl.signal);
      if (ctl.signal.aborted) return;
      this.render(hits);
      this.status.textContent = hits.length ? `${hits.length} suggestion${hits.length === 1 ? '' : 's'}` : `Nothing found for “${text}”`;
      this.note(hits.length ? null : `Nothing found for “${text}”.`);
    } catch (err) {
      if (ctl.signal.aborted || (err instanceof ApiError && err.kind === 'aborted')) return;
      this.render([]);
      this.status.textContent = err instanceof Error ? `Search failed: ${err.message}` : 'Search failed.';
      this.note(this.status.textContent);
    }
  }

  private note(text: string | null): void {
    this.message.textContent = text ?? '';
    this.message.hidden = !text || document.activeElement !== this.input;
  }

  private render(hits: SearchHitView[]): void {
    if (hits.length || this.hits.length) this.opts.onHits?.(hits);
    this.hits = hits;
    this.active = hits.length ? 0 : -1;
    clear(this.list);
    hits.forEach((hit, i) => {
      const li = h(
        'li',
        {
          class: 'search-option',
          attrs: { id: `${this.listId}-${i}`, role: 'option', 'aria-selected': i === this.active ? 'true' : 'false', 'data-id': hit.id },
          on: {
            mousedown: (e) => e.preventDefault(), // keep focus in the input
            click: () => this.choose(i),
          },
        },
        h('span', { class: 'option-name', text: hit.name }),
        h(
          'span',
          { class: 'option-meta' },
          typeChip(hit.type),
          hit.hint ? h('span', { class: 'option-hint', text: hit.hint }) : null,
        ),
      );
      this.list.appendChild(li);
    });
    this.open(hits.length > 0 && document.activeElement === this.input);
    this.markActive();
  }

  private open(open: boolean): void {
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', String(open));
  }

  private markActive(): void {
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', i === this.active ? 'true' : 'false'));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.listId}-${this.active}`);
      (this.list.children[this.active] as HTMLElement | undefined)?.scrollIntoView?.({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!this.hits.length) return;
      e.preventDefault();
      this.open(true);
      const d = e.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + d + this.hits.length) % this.hits.length;
      this.markActive();
    } else if (e.key === 'Enter') {
      if (this.active >= 0) {
        e.preventDefault();
        this.choose(this.active);
      } else {
        clearTimeout(this.timer);
        const text = this.input.value.trim();
        if (text.length >= 2) void this.run(text);
      }
    } else if (e.key === 'Escape') {
      this.open(false);
    }
  }

  private choose(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.open(false);
    this.input.value = hit.name;
    this.opts.onChoose(hit);
  }
}
