/**
 * The canvas from the keyboard: Tab reaches it like any control; the arrow
 * keys move a focus ring from entity to entity (the nearest one that way),
 * Enter or Space opens the focused entity's details (or the focused group),
 * and the entity's type and name (a group's name and members) are shown next
 * to the canvas and read out by screen readers.
 */
import type { GraphView } from '../graph/GraphView.ts';
import { ARROW_DIRECTIONS, nearestTo, nextInDirection } from '../graph/keyboardNav.ts';
import { TYPE_STYLES } from '../graph/styles.ts';
import { normalizeType } from '../model.ts';
import { h } from './dom.ts';

export interface CanvasKeyboardActions {
  /** the entity selected now, where focus starts when it is drawn */
  selected(): string | null;
  /** Enter: select the entity and show its details */
  open(id: string): void;
}

export class CanvasKeyboard {
  /** the live label of the focused entity; the app places it over the canvas */
  readonly label: HTMLElement;
  private focusedId: string | null = null;
  /** the ring shows only for keyboard use: a mouse click also focuses the canvas */
  private ringOn = false;

  constructor(
    private readonly el: HTMLElement,
    private readonly view: GraphView,
    private readonly actions: CanvasKeyboardActions,
  ) {
    this.label = h('div', { class: 'canvas-focus', attrs: { id: 'canvas-focus', 'aria-live': 'polite', hidden: true } });
    el.tabIndex = 0;
    el.setAttribute('role', 'application');
    el.setAttribute('aria-roledescription', 'graph');
    el.setAttribute('aria-label', 'Graph canvas. Arrow keys move between entities, Enter opens the details.');
    el.setAttribute('aria-describedby', 'canvas-focus');
    el.addEventListener('focus', () => {
      if (el.matches(':focus-visible')) this.showRing();
    });
    el.addEventListener('blur', () => this.hideRing());
    el.addEventListener('keydown', (e) => this.onKey(e));
  }

  get focused(): string | null {
    return this.ringOn ? this.focusedId : null;
  }

  /** After each draw: the focused entity may have gone (hidden, filtered, collapsed). */
  refresh(): void {
    if (!this.ringOn) return;
    if (!this.isNavigable(this.focusedId)) this.focusedId = this.startId();
    this.mark();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const dir = ARROW_DIRECTIONS[e.key];
    if (dir) {
      e.preventDefault(); // arrows would scroll the page
      if (!this.ringOn) return this.showRing();
      const points = this.view.navPoints();
      const from = points.find((p) => p.id === this.focusedId);
      const next = from ? nextInDirection(points, from, dir) : this.startId();
      if (next) {
        this.focusedId = next;
        this.mark();
      }
    } else if ((e.key === 'Enter' || e.key === ' ') && this.ringOn && this.focusedId) {
      e.preventDefault();
      this.actions.open(this.focusedId);
    }
  }

  private showRing(): void {
    this.ringOn = true;
    if (!this.isNavigable(this.focusedId)) this.focusedId = this.startId();
    this.mark();
  }

  private hideRing(): void {
    this.ringOn = false;
    this.view.markKeyboardFocus(null);
    this.label.hidden = true;
  }

  private mark(): void {
    this.view.markKeyboardFocus(this.focusedId);
    if (this.focusedId) this.view.reveal(this.focusedId);
    this.label.hidden = false;
    this.label.textContent = this.describe(this.focusedId);
  }

  private startId(): string | null {
    const selected = this.actions.selected();
    if (this.isNavigable(selected)) return selected;
    return nearestTo(this.view.navPoints(), this.view.viewportCenter());
  }

  private isNavigable(id: string | null): id is string {
    if (!id) return false;
    const n = this.view.cy.getElementById(id);
    return n.nonempty() && !n.hasClass('filtered');
  }

  private describe(id: string | null): string {
    if (!id) return 'Nothing on the canvas to move to.';
    const n = this.view.cy.getElementById(id);
    const type = normalizeType(n.data('type') as string);
    const links = n.connectedEdges().filter((e) => !e.hasClass('filtered')).length;
    // a group is named by what it holds: "Kazakhstan: 312 organizations"
    const group = n.data('aria') as string | undefined;
    if (group) return `Group: ${group} · linked to ${links} on the canvas · Enter: open the group`;
    const typeLabel = type ? TYPE_STYLES[type].label : 'Entity';
    return `${typeLabel}: ${String(n.data('name'))} · ${links} relationship${links === 1 ? '' : 's'} on the canvas · Enter: details`;
  }
}
