/**
 * The server's counts of a hub's neighbours, remembered per drawn set. The
 * counts leave out every neighbour drawn (or hidden), so they hold for
 * exactly one set; undo and redo return to sets seen before, which then
 * need no second request.
 */
import type { HubNeighbors } from './hubGroups.ts';

export class HubCounts {
  private readonly known = new Map<string, HubNeighbors>();

  /** `keep`: drawn sets remembered, the least recently used forgotten first */
  constructor(private readonly keep = 8) {}

  /**
   * What a hub's counts leave out: every entity drawn or hidden but the hub
   * itself (hidden ones too, since opening a group never brings them back),
   * sorted, so one set is always one list.
   */
  static exclusions(view: { shown: readonly string[]; hidden: readonly string[] }, hub: string): string[] {
    return [...new Set([...view.shown, ...view.hidden])].filter((id) => id !== hub).sort();
  }

  get(hub: string, exclude: readonly string[]): HubNeighbors | null {
    const key = keyOf(hub, exclude);
    const found = this.known.get(key);
    if (!found) return null;
    this.known.delete(key); // most recently used last
    this.known.set(key, found);
    return found;
  }

  put(counts: HubNeighbors, exclude: readonly string[]): HubNeighbors {
    const key = keyOf(counts.hub, exclude);
    this.known.delete(key);
    this.known.set(key, counts);
    while (this.known.size > this.keep) this.known.delete(this.known.keys().next().value!);
    return counts;
  }

  /** The graph changed (a curator's write): every count may be wrong. */
  clear(): void {
    this.known.clear();
  }
}

function keyOf(hub: string, exclude: readonly string[]): string {
  return `${hub}\n${exclude.join('\n')}`;
}
