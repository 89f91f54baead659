// The `npm start` process: one Fastify instance serving the static site (server/static-site.ts).
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { staticSite, type StaticSiteOptions } from './static-site';

export async function createApp(options: StaticSiteOptions) {
  const log = options.log ?? console.warn;
  // Set once the site is registered; the router calls it only for requests, after start.
  const site: { badRequest?: (req: FastifyRequest, reply: FastifyReply) => unknown } = {};
  const app = Fastify({
    logger: false,
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
  const { badRequest, reload } = await staticSite(app, { ...options, log });
  site.badRequest = badRequest;
  return { app, reload };
}
