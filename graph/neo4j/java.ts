import { spawnSync } from 'node:child_process';

/** Thrown when the local Neo4j cannot run on this machine; the message says what to do. */
export class LocalNeo4jError extends Error {
  constructor(
    message: string,
    readonly code: 'JAVA_MISSING' | 'JAVA_TOO_OLD' | 'MAVEN_MISSING' | 'JARS' | 'PORT_IN_USE' | 'DATA_LOCKED' | 'START_TIMEOUT' | 'START_FAILED',
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export const MIN_JAVA = 17;

const REMEDY = `install JDK ${MIN_JAVA}+ (e.g. \`apt-get install openjdk-17-jdk-headless\`) or set NEO4J_URI to use an existing Neo4j`;

/** Parses the major version out of `java -version` output ("1.8.0_292" → 8, "17.0.15" → 17). */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** Finds `java` (JAVA_HOME first) and checks it is new enough. */
export function requireJava(javaBin = javaCommand('java')): { bin: string; major: number } {
  const res = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new LocalNeo4jError(`Java was not found (tried \`${javaBin}\`): ${REMEDY}.`, 'JAVA_MISSING');
  }
  const major = parseJavaMajor(`${res.stderr}${res.stdout}`);
  if (major === null || major < MIN_JAVA) {
    throw new LocalNeo4jError(
      `Java ${major ?? 'of unknown version'} is too old for Neo4j 5.26 (needs ${MIN_JAVA}+): ${REMEDY}.`,
      'JAVA_TOO_OLD',
    );
  }
  return { bin: javaBin, major };
}

/** `java`/`javac` from JAVA_HOME when set, else from PATH. */
export function javaCommand(name: 'java' | 'javac'): string {
  const home = process.env.JAVA_HOME;
  return home ? `${home}/bin/${name}` : name;
}
