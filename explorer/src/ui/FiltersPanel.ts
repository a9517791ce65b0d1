/**
 * Legend and filters: entity types (the legend doubles as the type filter),
 * countries present on the canvas, a topic, and a time slider for events.
 */
import type { FilterChoices } from '../controller/index.ts';
import { ENTITY_TYPES, type EntityType } from '../model.ts';
import { TYPE_STYLES, type TypeStyle } from '../graph/styles.ts';
import type { Filters } from '../state/ViewState.ts';
import { button, clear, h } from './dom.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A tiny picture of a type's colour and shape, for the legend. */
export function typeSwatch(type: EntityType): SVGSVGElement {
  const s: TypeStyle = TYPE_STYLES[type];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const points: Partial<Record<TypeStyle['shape'], string>> = {
    diamond: '8,1 15,8 8,15 1,8',
    hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
    triangle: '8,1.5 15,14.5 1,14.5',
    vee: '1,2 8,7 15,2 8,15',
    'round-tag': '1,3 11,3 15,8 11,13 1,13',
  };
  let shape: SVGElement;
  if (s.shape === 'ellipse') {
    shape = document.createElementNS(SVG, 'circle');
    shape.setAttribute('cx', '8');
    shape.setAttribute('cy', '8');
    shape.setAttribute('r', '7');
  } else if (points[s.shape]) {
    shape = document.createElementNS(SVG, 'polygon');
    shape.setAttribute('points', points[s.shape]!);
  } else {
    shape = document.createElementNS(SVG, 'rect');
    shape.setAttribute('x', '1');
    shape.setAttribute('y', s.shape === 'barrel' ? '2' : '3');
    shape.setAttribute('width', '14');
    shape.setAttribute('height', s.shape === 'barrel' ? '12' : '10');
    shape.setAttribute('rx', s.shape === 'barrel' ? '5' : '3');
  }
  shape.setAttribute('fill', s.color);
  svg.appendChild(shape);
  return svg;
}

export class FiltersPanel {
  readonly el: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly countries: HTMLElement;
  private readonly topic: HTMLSelectElement;
  private readonly dates: HTMLElement;
  private input: FilterChoices | null = null;

  constructor(private readonly onChange: (patch: Partial<Filters>) => void) {
    this.legend = h('fieldset', { class: 'legend' }, h('legend', { text: 'Types' }));
    this.countries = h('fieldset', { class: 'countries' }, h('legend', { text: 'Countries' }));
    this.topic = h('select', { attrs: { id: 'filter-topic' }, on: { change: () => this.onChange({ topic: this.topic.value || null }) } });
    this.dates = h('fieldset', { class: 'dates' }, h('legend', { text: 'Event dates' }));
    this.el = h(
      'section',
      { class: 'filters', attrs: { 'aria-label': 'Legend and filters' } },
      this.legend,
      this.countries,
      h('div', { class: 'field' }, h('label', { attrs: { for: 'filter-topic' }, text: 'Topic' }), this.topic),
      this.dates,
      button('Reset filters', () => this.onChange({ types: null, countries: [], topic: null, from: null, to: null }), { class: 'btn small', attrs: { 'data-action': 'reset-filters' } }),
    );
  }

  update(input: FilterChoices): void {
    this.input = input;
    const f = input.filters;
    // legend + type filter
    clear(this.legend);
    this.legend.append(h('legend', { text: 'Types' }));
    for (const type of ENTITY_TYPES) {
      if (type === 'Report') continue;
      const id = `type-${type}`;
      const box = h('input', {
        attrs: { type: 'checkbox', id, checked: !f.types || f.types.includes(type), 'data-type': type },
        on: {
          change: () => {
            const checked = [...this.legend.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((b) => b.checked).map((b) => b.dataset.type as EntityType);
            this.onChange({ types: checked.length === ENTITY_TYPES.length - 1 ? null : checked });
          },
        },
      });
      const count = input.typeCounts[type] ?? 0;
      this.legend.append(h('div', { class: 'check' }, box, h('label', { attrs: { for: id } }, typeSwatch(type), ` ${TYPE_STYLES[type].label}`, h('span', { class: 'count', text: String(count) }))));
    }
    // countries
    clear(this.countries);
    this.countries.append(h('legend', { text: 'Countries' }));
    const codes = [...new Set([...input.countries, ...f.countries])].sort();
    if (codes.length === 0) this.countries.append(h('p', { class: 'muted small', text: 'No countries on the canvas.' }));
    for (const code of codes) {
      const id = `country-${code}`;
      const box = h('input', {
        attrs: { type: 'checkbox', id, checked: f.countries.includes(code), 'data-code': code },
        on: {
          change: () => {
            const chosen = [...this.countries.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((b) => b.checked).map((b) => b.dataset.code!);
            this.onChange({ countries: chosen });
          },
        },
      });
      this.countries.append(h('div', { class: 'check inline' }, box, h('label', { attrs: { for: id }, text: code })));
    }
    if (codes.length) this.countries.append(h('p', { class: 'muted small', text: 'None ticked: all countries.' }));
    // topic
    clear(this.topic);
    this.topic.append(h('option', { attrs: { value: '' }, text: 'Any topic' }));
    const topics = [...input.topics];
    if (f.topic && !topics.some((t) => t.id === f.topic)) topics.push({ id: f.topic, name: f.topic });
    for (const t of topics) this.topic.append(h('option', { attrs: { value: t.id, selected: t.id === f.topic }, text: t.name }));
    this.renderDates();
  }

  /** The time slider: two thumbs over the months between the first and last event. */
  private renderDates(): void {
    const input = this.input!;
    const f = input.filters;
    clear(this.dates);
    this.dates.append(h('legend', { text: 'Event dates' }));
    const span = input.dateSpan;
    if (!span) {
      this.dates.append(h('p', { class: 'muted small', text: 'No dated events on the canvas.' }));
      return;
    }
    const months = monthRange(span.min, span.max);
    if (months.length < 2) {
      this.dates.append(h('p', { class: 'muted small', text: `All events on the canvas: ${monthName(months[0]!)}.` }));
      return;
    }
    const idxOf = (d: string | null, fallback: number) => {
      if (!d) return fallback;
      const i = months.indexOf(d.slice(0, 7));
      return i < 0 ? fallback : i;
    };
    const last = months.length - 1;
    const from = h('input', { attrs: { type: 'range', id: 'date-from', min: 0, max: last, step: 1, value: idxOf(f.from, 0), 'aria-label': 'Events from' } });
    const to = h('input', { attrs: { type: 'range', id: 'date-to', min: 0, max: last, step: 1, value: idxOf(f.to, last), 'aria-label': 'Events until' } });
    const label = h('output', { class: 'date-label', attrs: { for: 'date-from date-to' } });
    const show = () => {
      label.textContent = `${monthName(months[Number(from.value)]!)} – ${monthName(months[Number(to.value)]!)}`;
    };
    const commit = () => {
      let a = Number(from.value);
      let b = Number(to.value);
      if (a > b) [a, b] = [b, a];
      const all = a === 0 && b === last;
      this.onChange({ from: all ? null : `${months[a]}-01`, to: all ? null : endOfMonth(months[b]!) });
    };
    for (const r of [from, to]) {
      r.addEventListener('input', show);
      r.addEventListener('change', commit);
    }
    show();
    this.dates.append(h('div', { class: 'range' }, from, to), label);
  }
}

/** 'YYYY-MM' for every month from a to b (ISO dates), inclusive. */
export function monthRange(a: string, b: string): string[] {
  const out: string[] = [];
  let y = Number(a.slice(0, 4));
  let m = Number(a.slice(5, 7));
  const ey = Number(b.slice(0, 4));
  const em = Number(b.slice(5, 7));
  while ((y < ey || (y === ey && m <= em)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function endOfMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${ym}-${String(day).padStart(2, '0')}`;
}

function monthName(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
