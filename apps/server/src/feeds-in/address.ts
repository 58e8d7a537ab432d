import { BlockList, isIP } from 'node:net';

// Addresses a feed may never be fetched from: anything that is not a public unicast address on the internet.
// A feed URL is configured by an operator, but a name can resolve anywhere and a feed can redirect anywhere,
// so every address is checked right before the connection is made to it.

const BLOCKED_V4: ReadonlyArray<[string, number, string]> = [
  ['0.0.0.0', 8, 'unspecified, "this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT shared space'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local, where cloud metadata services answer'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved or broadcast'],
];

// IPv6: only global unicast (2000::/3) is allowed at all; within it these are special. IPv4-mapped
// (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) and the deprecated IPv4-compatible form are judged by their IPv4 address.
const BLOCKED_V6_IN_GLOBAL: ReadonlyArray<[string, number, string]> = [
  ['2001::', 23, 'IETF protocol assignments, Teredo'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, '6to4'],
  ['3fff::', 20, 'documentation'],
];

const subnet = (network: string, prefix: number, type: 'ipv4' | 'ipv6') => {
  const list = new BlockList();
  list.addSubnet(network, prefix, type);
  return list;
};
const V4_RANGES = BLOCKED_V4.map(([network, prefix, label]) => ({ list: subnet(network, prefix, 'ipv4'), label }));
const V6_RANGES = BLOCKED_V6_IN_GLOBAL.map(([network, prefix, label]) => ({ list: subnet(network, prefix, 'ipv6'), label }));
const GLOBAL_UNICAST = subnet('2000::', 3, 'ipv6');

/** Why `address` (an IPv4 or IPv6 literal) may not be fetched from, or undefined when it is a public address. */
export function blockedReason(address: string): string | undefined {
  const literal = address.replace(/^\[|\]$/g, '');
  const version = isIP(literal);
  if (version === 4) {
    const range = V4_RANGES.find(({ list }) => list.check(literal, 'ipv4'));
    return range && `${literal} is not a public address (${range.label})`;
  }
  if (version !== 6) return `${address} is not an IP address`;

  const groups = expandV6(literal);
  if (groups === undefined) return `${address} is not an IP address`;
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] <= 1) {
    return `${literal} is not a public address (${groups[7] === 0 ? 'unspecified' : 'loopback'})`;
  }
  const embedded = embeddedV4(groups);
  if (embedded !== undefined) {
    const reason = blockedReason(embedded);
    return reason && `${literal} carries an IPv4 address: ${reason}`;
  }
  if (!GLOBAL_UNICAST.check(literal, 'ipv6')) {
    return `${literal} is not a public address (not global unicast: link-local, unique local, multicast or reserved)`;
  }
  const range = V6_RANGES.find(({ list }) => list.check(literal, 'ipv6'));
  return range && `${literal} is not a public address (${range.label})`;
}

/** True for a public unicast address that feeds may be fetched from. */
export function isPublicAddress(address: string): boolean {
  return blockedReason(address) === undefined;
}

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible or NAT64 IPv6 address, as a dotted quad. */
function embeddedV4(groups: number[]): string | undefined {
  const high = groups.slice(0, 6);
  const mapped = high.slice(0, 5).every((group) => group === 0) && (high[5] === 0xffff || high[5] === 0);
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0);
  if (!mapped && !nat64) return undefined;
  return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join('.');
}

/** The eight 16-bit groups of an IPv6 literal (with a trailing dotted quad allowed). */
function expandV6(address: string): number[] | undefined {
  let text = address.toLowerCase().split('%')[0];
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = text.slice(0, quad.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const headGroups = parse(head);
  const tailGroups = tail === undefined ? [] : parse(tail);
  const missing = 8 - headGroups.length - tailGroups.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return undefined;
  return [...headGroups, ...new Array<number>(missing).fill(0), ...tailGroups];
}
