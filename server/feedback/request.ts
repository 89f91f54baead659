// Request checks shared by the feedback API and the staff pages.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/**
 * True when the request comes from a page of this site: its Origin names the host the request was sent
 * to (or one of the configured origins). Browsers send Origin with every POST; a request without one
 * is accepted only when the browser says it is same-origin.
 */
export function sameOrigin(req: FastifyRequest, allowed: readonly string[] = []): boolean {
  const origin = req.headers.origin;
  if (!origin) return req.headers['sec-fetch-site'] === 'same-origin';
  try {
    const url = new URL(origin);
    return url.host === req.host || allowed.includes(url.origin);
  } catch {
    return false;
  }
}

/**
 * A key for a client that does not reveal its address: the IP hashed with a secret salt (random per
 * process unless FEEDBACK_SALT is set). Used for rate limits and lockouts, never stored.
 */
export function clientKeyer(salt: string = randomBytes(16).toString('hex')) {
  return (req: FastifyRequest) => createHash('sha256').update(salt).update(req.ip).digest('base64url').slice(0, 22);
}
