import { createHash } from 'node:crypto';

/** `report:` + the first 16 hex digits of the sha256 of the normalised body. */
export function reportId(body: string): string {
  return `report:${createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16)}`;
}
