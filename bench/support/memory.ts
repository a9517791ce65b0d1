import { execFile } from 'node:child_process';
import type { Graph } from '../../graph/index.ts';

/** Resident set size of a process in MiB (`ps -o rss`), null when it is gone. */
export function rssMiB(pid: number): Promise<number | null> {
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'rss=', '-p', String(pid)], (err, out) => {
      const kib = Number(out.trim());
      resolve(err || !Number.isFinite(kib) || kib === 0 ? null : kib / 1024);
    });
  });
}

export interface JvmHeap {
  usedMiB: number;
  committedMiB: number;
  maxMiB: number;
}

/** The JVM's heap as Neo4j reports it over JMX (java.lang:type=Memory). */
export async function jvmHeap(graph: Graph): Promise<JvmHeap | null> {
  try {
    const rows = await graph.readRows<{ heap: { used: number; committed: number; max: number } }>(
      "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value.properties AS heap",
    );
    const h = rows[0]?.heap;
    if (!h) return null;
    const mib = (b: number): number => Math.round(Number(b) / 2 ** 20);
    return { usedMiB: mib(h.used), committedMiB: mib(h.committed), maxMiB: mib(h.max) };
  } catch {
    return null;
  }
}

/**
 * The JVM's live heap: a full collection (`jcmd <pid> GC.run`), then the heap
 * that collection left, as the collector itself recorded it (LastGcInfo of
 * G1's full collector), so allocations after it do not count. Sampled heap
 * use is a sawtooth whose low points depend on when the collector last ran;
 * the heap after a full collection is what the JVM still holds, which is
 * what a leak raises. Null when jcmd or JMX cannot answer.
 */
export async function jvmLiveHeapMiB(pid: number, graph: Graph): Promise<number | null> {
  const collected = await new Promise<boolean>((resolve) => {
    execFile('jcmd', [String(pid), 'GC.run'], { timeout: 60_000 }, (err) => resolve(!err));
  });
  if (!collected) return null;
  type Usage = { properties: { key: string; value: { properties: { used: number } } } };
  try {
    const rows = await graph.readRows<{ after: Record<string, Usage> | null }>(
      "CALL dbms.queryJmx('java.lang:type=GarbageCollector,name=G1 Old Generation') YIELD attributes RETURN attributes.LastGcInfo.value.properties.memoryUsageAfterGc AS after",
    );
    const pools = Object.values(rows[0]?.after ?? {}).filter((u) => /^G1 (Eden|Survivor|Old)/.test(u.properties.key));
    if (pools.length === 0) return null;
    return Math.round(pools.reduce((n, u) => n + Number(u.properties.value.properties.used), 0) / 2 ** 20);
  } catch {
    return null;
  }
}

/**
 * Reads V8's --trace-gc lines as they arrive: the heap each Mark-Compact of
 * the main isolate (the first to log, at start-up; the extraction worker has
 * its own) left behind.
 */
export class MarkCompactReader {
  private offset = 0;
  private main: string | null = null;

  constructor(private readonly text: () => string) {}

  /** The heap after the newest full collection since the last call, in MiB; null when there was none. */
  latest(): number | null {
    const fresh = this.text().slice(this.offset);
    const cut = fresh.lastIndexOf('\n') + 1;
    this.offset += cut;
    let out: number | null = null;
    for (const m of fresh.slice(0, cut).matchAll(/^\[\d+:(0x[0-9a-f]+)\][^\n]*?(Mark-Compact|Scavenge)[^\n]*?-> ([\d.]+) \(/gm)) {
      const [, isolate, kind, after] = m;
      this.main ??= isolate!;
      if (isolate === this.main && kind === 'Mark-Compact') out = Math.round(Number(after) / 1.048576);
    }
    return out;
  }
}

export interface MemoryPeaks {
  /** this Node process (the loader, the benchmark driver) */
  nodeRssMiB: number;
  /** other Node processes sampled (the API servers) */
  childRssMiB: Record<string, number>;
  jvmRssMiB: number | null;
  jvmHeapUsedMiB: number | null;
  jvmHeapMaxMiB: number | null;
  samples: number;
}

/**
 * Samples RSS of this process, of named child processes and of the JVM, and
 * the JVM heap, every `everyMs`, keeping the peaks.
 */
export class MemorySampler {
  private timer: NodeJS.Timeout | null = null;
  private readonly children = new Map<string, number>();
  private busy = false;
  readonly peaks: MemoryPeaks = { nodeRssMiB: 0, childRssMiB: {}, jvmRssMiB: null, jvmHeapUsedMiB: null, jvmHeapMaxMiB: null, samples: 0 };

  constructor(
    private readonly jvmPid: number | null,
    private readonly graph: Graph | null,
    private readonly everyMs = 1000,
  ) {}

  watch(name: string, pid: number): void {
    this.children.set(name, pid);
  }

  unwatch(name: string): void {
    this.children.delete(name);
  }

  start(): this {
    this.timer = setInterval(() => void this.sample(), this.everyMs);
    this.timer.unref();
    return this;
  }

  async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const p = this.peaks;
      p.samples++;
      p.nodeRssMiB = Math.max(p.nodeRssMiB, process.memoryUsage().rss / 2 ** 20);
      for (const [name, pid] of this.children) {
        const r = await rssMiB(pid);
        if (r !== null) p.childRssMiB[name] = Math.max(p.childRssMiB[name] ?? 0, r);
      }
      if (this.jvmPid) {
        const r = await rssMiB(this.jvmPid);
        if (r !== null) p.jvmRssMiB = Math.max(p.jvmRssMiB ?? 0, r);
      }
      if (this.graph) {
        const h = await jvmHeap(this.graph);
        if (h) {
          p.jvmHeapUsedMiB = Math.max(p.jvmHeapUsedMiB ?? 0, h.usedMiB);
          p.jvmHeapMaxMiB = h.maxMiB;
        }
      }
    } finally {
      this.busy = false;
    }
  }

  async stop(): Promise<MemoryPeaks> {
    if (this.timer) clearInterval(this.timer);
    await this.sample();
    const round = (x: number): number => Math.round(x);
    const p = this.peaks;
    return {
      ...p,
      nodeRssMiB: round(p.nodeRssMiB),
      childRssMiB: Object.fromEntries(Object.entries(p.childRssMiB).map(([k, v]) => [k, round(v)])),
      jvmRssMiB: p.jvmRssMiB === null ? null : round(p.jvmRssMiB),
    };
  }
}
