// The `npm start` process: one Fastify instance serving the static site (server/static-site.ts) and,
// under /api/ and /staff/, the feedback API and the staff triage pages (server/feedback/).
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { feedbackApi } from './feedback/api';
import type { DatabaseHandle } from './feedback/connection';
import { clientKeyer } from './feedback/request';
import { staffPages, type LockoutRules } from './feedback/staff';
import { staticSite, type StaticSiteOptions } from './static-site';

export type FeedbackOptions = {
  database: DatabaseHandle;
  /** scrypt hash of the staff password (STAFF_PASSWORD_HASH); without it the staff pages are off. */
  passwordHash?: string;
  /** Feedback submissions per client per minute. */
  perMinute: number;
  /** Secret for the client keys of rate limits and lockouts; random per process when not given. */
  salt?: string;
  /** Origins accepted besides the request's own host, e.g. SITE_URL's. */
  origins?: string[];
  lockout?: LockoutRules;
};

export async function createApp(options: StaticSiteOptions & { feedback?: FeedbackOptions }) {
  const log = options.log ?? console.warn;
  // Set once the site is registered; the router calls it only for requests, after start.
  const site: { badRequest?: (req: FastifyRequest, reply: FastifyReply) => unknown } = {};
  const app = Fastify({
    logger: false,
    // nginx on the same machine passes the client's address in X-Forwarded-For.
    trustProxy: ['127.0.0.1', '::1'],
    // Room for any path; the site refuses what no file can have (server/rules.ts).
    routerOptions: { maxParamLength: 8192 },
    // A URL the router cannot decode (malformed percent-encoding) gets the site's 400 page.
    frameworkErrors: (error, req, res) => {
      const reply = res as unknown as FastifyReply;
      const url = JSON.stringify(req.url.slice(0, 120));
      if (error.code === 'FST_ERR_BAD_URL' && site.badRequest) return site.badRequest(req as unknown as FastifyRequest, reply);
      log(`${error.statusCode ?? 500} ${req.method} ${url}: ${error.code}`);
      return reply.code(error.statusCode ?? 500).send();
    },
  });
  const { badRequest, reload, knownPage, catalog } = await staticSite(app, { ...options, log });
  site.badRequest = badRequest;
  const feedback = options.feedback;
  if (feedback) {
    const clientKey = clientKeyer(feedback.salt);
    const shared = { database: feedback.database, clientKey, origins: feedback.origins, log };
    await app.register(feedbackApi, { ...shared, knownPage, catalog, perMinute: feedback.perMinute });
    await app.register(staffPages, { ...shared, passwordHash: feedback.passwordHash, catalog, lockout: feedback.lockout });
  }
  return { app, reload };
}
