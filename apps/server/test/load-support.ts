// One visit statistics hit over a kept-alive connection, as a browser's beacon sends it: for the tests that load the
// built server with hits while something else happens (a crash, a backup).
import { request, type Agent } from 'node:http';

export interface LoadHit {
  site: string;
  path: string;
  /** Makes the user agent, and so the visitor, of this hit: a new visitor per hit counts every hit as a visit too. */
  visitor: string;
}

/**
 * Posts `hit` to `origin`; resolves to the HTTP status, or undefined if the connection died. `onWritten` runs once the
 * whole request has been handed to the operating system, that is to the server.
 */
export function postHit(origin: string, agent: Agent, { site, path, visitor }: LoadHit, onWritten = () => {}): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = request(
      `${origin}/api/v1/stats/hit`,
      {
        method: 'POST',
        agent,
        headers: {
          origin,
          'content-type': 'text/plain;charset=UTF-8',
          'user-agent': `Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 ${visitor}`,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
        response.on('error', () => resolve(undefined));
      },
    );
    req.on('finish', onWritten);
    req.on('error', () => resolve(undefined));
    req.end(JSON.stringify({ site, path, referrer: '' }));
  });
}
