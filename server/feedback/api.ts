// POST /api/feedback: the only dynamic part of the public site. JSON only, same-origin only, at most
// 4 KB, checked with the same zod schema the page uses, personal numbers masked before storing, rate
// limited per client (keyed by a salted hash, never the raw IP). 201 means it is stored (committed).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { FeedbackInputSchema, pageParts } from '@/lib/feedback/schema';
import { maskPersonalData } from '@/lib/feedback/mask';
import type { DatabaseHandle } from './connection';
import { sameOrigin } from './request';
import type { Catalog } from './staff-html';
import { insertFeedback } from './store';

export const FEEDBACK_BODY_LIMIT = 4096;

export type FeedbackApiOptions = {
  database: DatabaseHandle;
  /** Whether a path is a page of the built site (it changes with each deployment). */
  knownPage: (path: string) => boolean;
  /** The deployed site's cities, for the edition a page showed when the page did not say. */
  catalog: () => Catalog;
  /** Submissions per client per minute. */
  perMinute: number;
  clientKey: (req: FastifyRequest) => string;
  /** Origins accepted besides the request's own host (SITE_URL's). */
  origins?: string[];
  log: (line: string) => void;
};

const UNAVAILABLE = { error: 'Feedback cannot be stored right now. Please try again later.' };

export async function feedbackApi(app: FastifyInstance, options: FeedbackApiOptions) {
  const { database, knownPage, catalog, perMinute, clientKey, origins = [], log } = options;
  // The site's other parsers do not apply here: JSON or 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: FEEDBACK_BODY_LIMIT },
    app.getDefaultJsonParser('error', 'error'),
  );

  await app.register(rateLimit, {
    global: false,
    keyGenerator: clientKey,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      error: `Too many submissions from this connection: at most ${ctx.max} a minute. Please wait a minute.`,
    }),
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('cache-control', 'no-store');
    if (req.method === 'POST' && !sameOrigin(req, origins))
      return reply.code(403).send({ error: 'Only pages of this site can send feedback.' });
  });

  app.setErrorHandler((err: { statusCode?: number; code?: string; message?: string }, req, reply) => {
    const status = err.statusCode ?? 500;
    if (status === 413) return reply.code(413).send({ error: `The feedback is too large: at most ${FEEDBACK_BODY_LIMIT} bytes.` });
    if (status === 415) return reply.code(415).send({ error: 'Send feedback as application/json.' });
    if (status === 429) return reply.code(429).send(err);
    if (status === 400) return reply.code(400).send({ error: `Malformed request: ${err.message ?? 'cannot be read'}`.slice(0, 200) });
    log(`${status} ${req.method} ${req.url.slice(0, 80)}: ${err.code ?? err.message}`);
    return reply.code(500).send({ error: 'Something went wrong.' });
  });

  app.post(
    '/api/feedback',
    { bodyLimit: FEEDBACK_BODY_LIMIT, config: { rateLimit: { max: perMinute, timeWindow: 60_000 } } },
    async (req, reply) => {
      const parsed = FeedbackInputSchema.safeParse(req.body);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
        return reply.code(400).send({ error: `Invalid feedback: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, issues });
      }
      const input = parsed.data;
      if (!knownPage(input.page))
        return reply.code(400).send({
          error: 'Invalid feedback: page: no such page on this site',
          issues: [{ field: 'page', message: 'no such page on this site' }],
        });
      const db = await database.get();
      if (!db) return reply.code(503).header('retry-after', '30').send(UNAVAILABLE);
      const parts = pageParts(input.page);
      try {
        const id = await insertFeedback(db, {
          ...parts,
          page: input.page,
          helpful: input.helpful,
          category: input.category,
          body: input.text ? maskPersonalData(input.text.trim()) : undefined,
          edition: input.edition ?? (parts.city ? catalog()[parts.city]?.edition : undefined),
        });
        return reply.code(201).send({ id });
      } catch (err) {
        log(`503 POST /api/feedback: ${err instanceof Error ? err.message.split('\n')[0].slice(0, 120) : String(err)}`);
        return reply.code(503).header('retry-after', '30').send(UNAVAILABLE);
      }
    },
  );

  // Whether feedback can be stored now (for the operator and the tests); says nothing else.
  app.get('/api/health', async (_req, reply) => {
    const db = await database.get({ waitMs: 1000 });
    let ok = false;
    if (db)
      ok = await db.query('select 1').then(
        () => true,
        () => false,
      );
    return reply.code(ok ? 200 : 503).send({ database: ok ? 'ok' : 'unavailable' });
  });

  app.route({
    method: ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/api/feedback',
    handler: (_req, reply) => reply.code(405).header('allow', 'POST').send({ error: 'Use POST.' }),
  });
  app.all('/api/*', (_req, reply) => reply.code(404).send({ error: 'No such API.' }));
}
