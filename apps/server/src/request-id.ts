import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

export const REQUEST_ID_HEADER = 'x-request-id';
/** What an incoming request id may be: short, and only characters that are safe in a log line and a header. */
export const REQUEST_ID = /^[\w.:@-]{1,64}$/;

/**
 * The request id of each request (Fastify's genReqId): the `X-Request-Id` a trusted proxy (TRUST_PROXY) sent, when it
 * is short and safe (letters, digits and `_ . : @ -`, at most 64), or else a new random UUID. A client that is not a
 * trusted proxy cannot choose the id its request is logged under.
 */
export function requestIds(trustProxy: readonly string[]): (request: IncomingMessage) => string {
  const trusted = new BlockList();
  for (const item of trustProxy) {
    const [address, bits] = item.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(bits), type);
  }
  return (request) => {
    const given = request.headers[REQUEST_ID_HEADER];
    const peer = request.socket.remoteAddress;
    if (typeof given === 'string' && REQUEST_ID.test(given) && peer !== undefined && isTrusted(trusted, peer)) return given;
    return randomUUID();
  };
}

function isTrusted(list: BlockList, address: string): boolean {
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4 !== undefined) return list.check(v4, 'ipv4');
  return list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}
