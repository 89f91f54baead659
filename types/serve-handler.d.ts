declare module 'serve-handler' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** serve-handler's routing of a request to the static files under config.public. */
  export default function handler(request: IncomingMessage, response: ServerResponse, config?: Record<string, unknown>): Promise<void>;
}
