/**
 * Building DOM safely: text goes in through textContent only, never as HTML,
 * so names and sentences from reports can never run as markup or script.
 */

import { TYPE_STYLES } from '../graph/styles.ts';
import { findSentence } from '../text/findSentence.ts';

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** any attribute (aria-*, role, data-*, type…); values are set with setAttribute */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (ev: HTMLElementEventMap[K]) => void }>;
  /** sets textContent */
  text?: string;
}

/** Creates an element; string children become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [k, v] of Object.entries(props.attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const [type, fn] of Object.entries(props.on ?? {})) el.addEventListener(type, fn as EventListener);
  if (props.text !== undefined) el.textContent = props.text;
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Removes every child. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** A button with a visible label and an optional title (tooltip / accessible hint). */
export function button(label: string, onClick: (ev: MouseEvent) => void, opts: { title?: string; class?: string; attrs?: Props['attrs'] } = {}): HTMLButtonElement {
  return h('button', { class: opts.class ?? 'btn', attrs: { type: 'button', title: opts.title, ...opts.attrs }, on: { click: onClick }, text: label });
}

/**
 * A sentence inside its report's text with the sentence marked: the report
 * text is split around the first occurrence of the sentence (whitespace- and
 * quote-tolerant) and each part is inserted as text. Returns null when the
 * sentence is not found in the text.
 */
export function highlightedExcerpt(text: string, sentence: string, context = 280): HTMLElement | null {
  const range = findSentence(text, sentence);
  if (!range) return null;
  const [start, end] = range;
  // about `context` characters either side, cut at word boundaries
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return h(
    'p',
    { class: 'excerpt' },
    from > 0 ? '…' : '',
    text.slice(from, start),
    h('mark', { text: text.slice(start, end) }),
    text.slice(end, to),
    to < text.length ? '…' : '',
  );
}

/** The coloured type label used in suggestions, lists and details. */
export function typeChip(type: import('../model.ts').EntityType): HTMLElement {
  const el = h('span', { class: 'type-chip', text: TYPE_STYLES[type].label });
  el.style.setProperty('--type-color', TYPE_STYLES[type].color);
  return el;
}

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as text. */
export function safeLink(url: string | null, label: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' }, text: label });
  }
  return h('span', { text: label });
}

/**
 * Re-renders a part of a panel without losing the keyboard: when focus was
 * inside, it goes to the element matching `prefer` (a control with the same
 * role after the update), else to the first focusable element, else stays put.
 */
export function rerender(el: HTMLElement, render: () => void, prefer?: string): void {
  const active = document.activeElement;
  const hadFocus = !!active && el.contains(active);
  const same = hadFocus && active instanceof HTMLElement && active.dataset['action'] ? `[data-action="${active.dataset['action']}"]` : null;
  render();
  if (!hadFocus || el.contains(document.activeElement)) return;
  const target = (same && el.querySelector<HTMLElement>(same)) || (prefer && el.querySelector<HTMLElement>(prefer)) || el.querySelector<HTMLElement>('button:not([disabled]), a[href], input, summary');
  target?.focus();
}
