import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Account tokens are `eg_<token id>_<secret>`. The id is public and indexed,
 * so a token finds its account in one seek; only the secret is secret, and
 * only its salted scrypt hash is stored.
 */
const TOKEN = /^eg_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

// OWASP's minimum for scrypt (N=2^17, r=8, p=1) costs 128 MiB a check; the
// secret is 256 random bits, not a password, so the hash only has to make
// a stolen backup useless, and 2^14 keeps a check near 50 ms and 16 MiB.
const PARAMS = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export interface NewToken {
  /** shown once to the person it is for; never stored */
  token: string;
  tokenId: string;
  /** `scrypt$N$r$p$<salt hex>$<hash hex>`: the parameters travel with the hash, so they can change later */
  tokenHash: string;
}

export interface ParsedToken {
  tokenId: string;
  secret: string;
}

export function parseToken(token: string): ParsedToken | null {
  const m = TOKEN.exec(token);
  return m ? { tokenId: m[1]!, secret: m[2]! } : null;
}

export async function newToken(): Promise<NewToken> {
  const tokenId = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const salt = randomBytes(16);
  const hash = await derive(secret, salt, PARAMS);
  return { token: `eg_${tokenId}_${secret}`, tokenId, tokenHash: `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('hex')}$${hash.toString('hex')}` };
}

/** Whether `secret` hashes to `stored`, compared in constant time. */
export async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = await derive(secret, Buffer.from(salt, 'hex'), { N: Number(n), r: Number(r), p: Number(p) }, expected.length);
  return timingSafeEqual(actual, expected);
}

function derive(secret: string, salt: Buffer, params: ScryptOptions, length = KEY_LENGTH): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, length, { ...params, maxmem: 64 * 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}
