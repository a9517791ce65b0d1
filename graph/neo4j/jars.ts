import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { LocalNeo4jError, javaCommand } from './java.ts';

const here = dirname(fileURLToPath(import.meta.url));
const POM = join(here, 'pom.xml');
const LAUNCHER = join(here, 'Launcher.java');

export interface LauncherBuild {
  /** java -cp value: compiled launcher classes + Neo4j jars */
  classpath: string;
}

export type ProgressFn = (line: string) => void;

function fingerprint(): string {
  return createHash('sha256').update(readFileSync(POM)).update(readFileSync(LAUNCHER)).digest('hex').slice(0, 12);
}

/**
 * Resolves the Neo4j jars with Maven (into ~/.m2, shared by every checkout) and
 * compiles the launcher, both cached under `cacheDir` keyed by the pom and
 * launcher source, so only the first start pays for the download.
 */
export async function buildLauncher(cacheDir: string, progress: ProgressFn = () => {}): Promise<LauncherBuild> {
  const dir = resolve(cacheDir, `neo4j-${fingerprint()}`);
  const cpFile = join(dir, 'classpath.txt');
  const classes = join(dir, 'classes');
  if (!existsSync(cpFile)) {
    mkdirSync(dir, { recursive: true });
    progress('Resolving Neo4j Community 5.26 jars with Maven (first start only, about 120 MB)…');
    await runMaven(['-B', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cpFile}.tmp`], progress);
    writeFileSync(cpFile, readFileSync(`${cpFile}.tmp`, 'utf8').trim());
  }
  const jars = readFileSync(cpFile, 'utf8').trim();
  if (!existsSync(join(classes, 'Launcher.class'))) {
    progress('Compiling the Neo4j launcher…');
    const res = spawnSync(javaCommand('javac'), ['-nowarn', '-cp', jars, '-d', classes, LAUNCHER], { encoding: 'utf8' });
    if (res.error || res.status !== 0) {
      throw new LocalNeo4jError(
        `Could not compile the Neo4j launcher (${res.error?.message ?? res.stderr.trim()}): install a JDK 17+ (javac), not only a JRE, or set NEO4J_URI.`,
        'JARS',
      );
    }
  }
  return { classpath: `${classes}:${jars}` };
}

function runMaven(args: string[], progress: ProgressFn): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    let downloaded = 0;
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      // Maven prints one "Downloaded from" per artifact; a count is enough progress.
      if (/Downloaded from/.test(line)) {
        downloaded += 1;
        if (downloaded % 20 === 0) progress(`  …${downloaded} files downloaded`);
      }
    };
    createInterface({ input: mvn.stdout }).on('line', onLine);
    createInterface({ input: mvn.stderr }).on('line', onLine);
    mvn.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        new LocalNeo4jError(
          err.code === 'ENOENT'
            ? 'Maven (`mvn`) was not found; it fetches the Neo4j jars on first start: install it (`apt-get install maven`) or set NEO4J_URI.'
            : `Maven failed to start: ${err.message}`,
          'MAVEN_MISSING',
        ),
      );
    });
    mvn.on('close', (code) => {
      if (code === 0) resolvePromise();
      else
        reject(
          new LocalNeo4jError(
            `Maven could not resolve the Neo4j jars (exit ${code}); check access to Maven Central or set NEO4J_URI. Last lines:\n${tail.join('\n')}`,
            'JARS',
          ),
        );
    });
  });
}
