import { userInfo } from 'node:os';
import type { Actor } from './recordCuration.ts';

/**
 * Whoever runs a command line tool can reach the database: the log names them
 * by their login («cli:ana»). A container without a passwd entry for its user
 * has no login to read, so $USER, then "unknown", stands in.
 */
export function commandLineActor(reason?: string): Actor {
  let login: string;
  try {
    login = userInfo().username;
  } catch {
    login = process.env.USER || 'unknown';
  }
  return { name: `cli:${login}`, reason: reason?.trim() || null };
}
