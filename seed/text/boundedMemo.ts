/**
 * A pure function's results remembered by argument. The memory is bounded:
 * when `max` results are held it is emptied at once, so a long-running
 * server keeps a steady footprint while a load's recurring names stay cheap.
 */
export function boundedMemo<A, R>(fn: (arg: A) => R, max: number): (arg: A) => R {
  const seen = new Map<A, R>();
  return (arg) => {
    let result = seen.get(arg);
    if (result === undefined) {
      if (seen.size >= max) seen.clear();
      result = fn(arg);
      seen.set(arg, result);
    }
    return result;
  };
}
