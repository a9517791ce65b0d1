/**
 * The Add report tab (curators and admins): paste a report or drop or
 * choose a file, set its title, address, language and date, and Preview;
 * the preview shows the text with every entity highlighted in its type's
 * colour, each entity new, in the graph already (which, and why) or
 * uncertain, and the relations with their sentences. Load then writes it.
 */
import type { PreviewEntityView, ReportInput, ReportPreviewView } from '../api/ReportsApi.ts';
import type { AddReportView } from '../controller/index.ts';
import { readReportBytes, REPORT_FILE_TYPES } from '../controller/index.ts';
import { TYPE_STYLES } from '../graph/styles.ts';
import { relationLabel } from '../model.ts';
import { button, clear, h, rerender, typeChip } from './dom.ts';

export interface AddReportActions {
  preview(input: ReportInput): void;
  load(): void;
  edit(): void;
  /** a file that is no report: say why */
  refuse(problem: string): void;
  /** put the entity on the canvas */
  open(entity: PreviewEntityView): void;
}

const IDENTITY_LABEL = { new: 'New', match: 'In the graph', uncertain: 'Uncertain' } as const;

export class AddReportPanel {
  readonly el: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly text: HTMLTextAreaElement;
  private readonly title: HTMLInputElement;
  private readonly url: HTMLInputElement;
  private readonly language: HTMLSelectElement;
  private readonly date: HTMLInputElement;
  private readonly file: HTMLInputElement;
  private readonly problem: HTMLElement;
  private readonly submit: HTMLButtonElement;
  private readonly result: HTMLElement;

  constructor(private readonly actions: AddReportActions) {
    const field = (label: string, control: HTMLElement, hint?: string) => h('div', { class: 'field' }, h('label', { attrs: { for: control.id }, text: label }), control, hint ? h('p', { class: 'muted small', text: hint }) : null);
    this.text = h('textarea', { class: 'add-text', attrs: { id: 'report-text', rows: 8, spellcheck: 'false', 'aria-describedby': 'report-text-hint' } });
    this.file = h('input', { attrs: { id: 'report-file', type: 'file', accept: REPORT_FILE_TYPES.join(',') }, on: { change: () => void this.chosen(this.file.files?.[0] ?? null) } });
    this.title = h('input', { class: 'add-input', attrs: { id: 'report-title', type: 'text', autocomplete: 'off' } });
    this.url = h('input', { class: 'add-input', attrs: { id: 'report-url', type: 'url', autocomplete: 'off', placeholder: 'https://…' } });
    this.language = h('select', { attrs: { id: 'report-language' } }, h('option', { attrs: { value: '' }, text: 'Detect (English or Russian)' }), h('option', { attrs: { value: 'en' }, text: 'English' }), h('option', { attrs: { value: 'ru' }, text: 'Russian' }));
    this.date = h('input', { class: 'add-input', attrs: { id: 'report-date', type: 'date' } });
    this.problem = h('p', { class: 'add-problem' });
    this.submit = h('button', { class: 'btn primary', attrs: { type: 'submit', 'data-action': 'report-preview' }, text: 'Preview' });
    const drop = h(
      'div',
      { class: 'drop-zone' },
      field('Report text', this.text),
      h('p', { class: 'muted small', attrs: { id: 'report-text-hint' }, text: `Paste the report, or drop a file here (${REPORT_FILE_TYPES.join(', ')}).` }),
    );
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('dragging');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('dragging');
      void this.chosen(e.dataTransfer?.files?.[0] ?? null);
    });
    this.form = h(
      'form',
      { class: 'add-form', attrs: { 'aria-label': 'Report to add', novalidate: true } },
      drop,
      field('Or choose a file', this.file),
      field('Title', this.title, 'Empty: the front matter’s title, or the first line.'),
      field('Address (URL)', this.url, 'A later text with the same address is a new version of the report.'),
      h('div', { class: 'add-row' }, field('Language', this.language), field('Published', this.date)),
      h('div', { class: 'actions' }, this.submit),
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.actions.preview(this.input());
    });
    this.result = h('div', { class: 'add-result' });
    this.el = h(
      'section',
      { class: 'add-report', attrs: { 'aria-labelledby': 'add-title' } },
      h('h2', { class: 'panel-title', attrs: { id: 'add-title' }, text: 'Add a report' }),
      h('p', { class: 'muted small', text: 'Nothing is written until you choose Load: the preview shows what the graph would gain.' }),
      this.form,
      this.problem,
      this.result,
    );
  }

  show(v: AddReportView): void {
    this.problem.textContent = v.problem ?? '';
    // an alert only while there is one: the page has one alert region (the error banner) otherwise
    if (v.problem) this.problem.setAttribute('role', 'alert');
    else this.problem.removeAttribute('role');
    // the preview replaces the form until Edit (or Add another report) brings it back, filled in as it was
    this.form.hidden = v.status === 'previewed' || v.status === 'loading' || v.status === 'loaded';
    this.submit.disabled = v.status === 'previewing' || v.status === 'loading';
    this.submit.textContent = v.status === 'previewing' ? 'Reading the report…' : 'Preview';
    rerender(this.result, () => {
      clear(this.result);
      if (v.preview && (v.status === 'previewed' || v.status === 'loading' || v.status === 'loaded')) this.result.append(this.previewOf(v, v.preview));
    }, '[data-action=report-load]');
  }

  /** Empties the form (signing out). */
  reset(): void {
    this.form.reset();
  }

  /** Puts the focus on the preview's first control, once it is drawn (after Preview). */
  focusResult(): void {
    this.result.querySelector<HTMLElement>('[data-action=report-load], [data-action=report-again]')?.focus();
  }

  private input(): ReportInput {
    return { text: this.text.value, title: this.title.value, url: this.url.value, language: this.language.value, publishedAt: this.date.value };
  }

  private async chosen(file: File | null): Promise<void> {
    if (!file) return;
    const checked = readReportBytes(file.name, new Uint8Array(await file.arrayBuffer()));
    if ('problem' in checked) {
      this.actions.refuse(checked.problem);
      return;
    }
    this.text.value = checked.text;
    this.actions.edit();
    this.text.focus();
  }

  private previewOf(v: AddReportView, p: ReportPreviewView): HTMLElement {
    const loaded = v.status === 'loaded';
    const bar = h(
      'div',
      { class: 'actions add-actions', attrs: { role: 'toolbar', 'aria-label': 'Load the report' } },
      loaded
        ? button('Add another report', () => this.actions.edit(), { attrs: { 'data-action': 'report-again' } })
        : button(p.status === 'unchanged' ? 'Load (changes nothing)' : 'Load report', () => this.actions.load(), { class: 'btn primary', attrs: { 'data-action': 'report-load', disabled: v.status === 'loading' } }),
      loaded ? null : button('Edit', () => this.actions.edit(), { attrs: { 'data-action': 'report-edit' } }),
    );
    const entities = h('ul', { class: 'preview-entities' }, ...p.entities.map((e) => this.entity(e, loaded)));
    const relations = h('ul', { class: 'preview-relations' }, ...p.relations.map((r) =>
      h('li', { class: 'preview-relation', attrs: { 'data-type': r.type } },
        h('div', {}, h('strong', { text: r.from.name }), ` ${relationLabel(r.type).toLowerCase()} `, h('strong', { text: r.to.name }), r.roles.length ? h('span', { class: 'muted', text: ` — ${r.roles.join(', ')}` }) : null),
        ...r.evidence.map((s) => h('blockquote', { class: 'evidence', text: s })),
      )));
    return h(
      'section',
      { class: 'preview', attrs: { 'aria-labelledby': 'preview-title', 'data-status': p.status } },
      h('h3', { attrs: { id: 'preview-title' }, text: loaded ? `Loaded: ${p.title}` : `Preview: ${p.title}` }),
      h('p', { class: 'add-note', attrs: { role: 'status', 'data-status': loaded ? v.loaded?.status : v.status === 'loading' ? 'loading' : p.status }, text: v.note ?? '' }),
      bar,
      h('dl', { class: 'props' }, h('dt', { text: 'Id' }), h('dd', {}, h('code', { text: p.reportId })), h('dt', { text: 'Language' }), h('dd', { text: p.language }), p.url ? h('dt', { text: 'Address' }) : null, p.url ? h('dd', { text: p.url }) : null, p.publishedAt ? h('dt', { text: 'Published' }) : null, p.publishedAt ? h('dd', { text: p.publishedAt }) : null),
      h('h4', { text: 'The text, entities highlighted by type' }),
      this.legend(p),
      this.highlighted(p),
      h('h4', { text: `Entities (${p.entities.length})` }),
      entities,
      h('h4', { text: `Relations (${p.relations.length})` }),
      p.relations.length ? relations : h('p', { class: 'muted small', text: 'No relation found.' }),
    );
  }

  private legend(p: ReportPreviewView): HTMLElement {
    const types = [...new Set(p.entities.map((e) => e.type))];
    return h('p', { class: 'mention-legend muted small' }, ...types.map((t) => typeChip(t)));
  }

  /** The text with each mention marked, a mention inside another's (a town in an event's name) marked inside it. */
  private highlighted(p: ReportPreviewView): HTMLElement {
    const spans = p.entities
      .flatMap((e) => e.mentions.map((m) => ({ ...m, e })))
      .filter((s) => s.start >= 0 && s.end <= p.text.length && s.start < s.end)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const box = h('div', { class: 'report-text', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Report text with entities highlighted' } });
    this.markRange(box, p.text, 0, p.text.length, spans);
    return box;
  }

  /** `text` from `from` to `to` into `into`, with `spans` (sorted, within the range) as marks; one crossing another's end is left out. */
  private markRange(into: HTMLElement, text: string, from: number, to: number, spans: ReadonlyArray<{ start: number; end: number; e: PreviewEntityView }>): void {
    let at = from;
    for (let i = 0; i < spans.length; i++) {
      const s = spans[i]!;
      if (s.start < at) continue;
      into.append(text.slice(at, s.start));
      const mark = h('mark', { class: `mention identity-${s.e.identity}`, attrs: { 'data-type': s.e.type, 'data-entity': s.e.id, title: `${TYPE_STYLES[s.e.type].label}: ${s.e.name} (${IDENTITY_LABEL[s.e.identity].toLowerCase()})` } });
      mark.style.setProperty('--type-color', TYPE_STYLES[s.e.type].color);
      let j = i + 1;
      while (j < spans.length && spans[j]!.start < s.end) j++;
      this.markRange(mark, text, s.start, s.end, spans.slice(i + 1, j).filter((x) => x.end <= s.end));
      into.append(mark);
      at = s.end;
      i = j - 1;
    }
    into.append(text.slice(at, to));
  }

  private entity(e: PreviewEntityView, loaded: boolean): HTMLElement {
    const status = h('span', { class: `identity identity-${e.identity}`, text: IDENTITY_LABEL[e.identity] });
    let detail: string;
    if (e.identity === 'match' && e.match) detail = e.match.id === e.id && e.match.name === e.name ? `${e.match.id}: ${e.why ?? ''}` : `is “${e.match.name}” (${e.match.id}): ${e.why ?? ''}`;
    else if (e.identity === 'uncertain' && e.match) detail = `may be “${e.match.name}” (${e.match.id}), similarity ${e.score?.toFixed(2) ?? '?'}: ${e.why ?? ''}. Loaded apart, with a merge suggestion to review.`;
    else detail = `${e.id}: not in the graph yet`;
    const name = loaded || e.identity !== 'new' ? button(e.name, () => this.actions.open(e), { class: 'link-btn', title: 'Put it on the canvas' }) : h('strong', { text: e.name });
    return h('li', { class: 'preview-entity', attrs: { 'data-identity': e.identity, 'data-id': e.id } }, typeChip(e.type), ' ', name, ' ', status, h('div', { class: 'muted small identity-why', text: detail }));
  }
}
