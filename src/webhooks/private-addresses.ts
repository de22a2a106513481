import { BlockList, isIP } from 'node:net';

/**
 * The addresses a webhook is never delivered to unless private delivery is allowed: the
 * gateway's own host and networks, and whatever else is not a public unicast destination. A
 * webhook URL is chosen by an operator; without this, "deliver to http://10.0.0.5/admin" would
 * let them make the gateway call into its own network (server-side request forgery).
 *
 * node:net's BlockList, not hand-written parsing: it knows both families, subnets, and matches an
 * IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) against the IPv4 rules.
 */
const NOT_PUBLIC = new BlockList();

const IPV4_SUBNETS: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0', 8], // RFC 1918
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, where cloud metadata services answer (169.254.169.254)
  ['172.16.0.0', 12], // RFC 1918
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // RFC 1918
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const IPV6_SUBNETS: readonly [string, number][] = [
  ['::', 96], // unspecified (::), loopback (::1) and the deprecated IPv4-compatible addresses
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some networks)
  ['ff00::', 8], // multicast
];

for (const [network, prefix] of IPV4_SUBNETS) NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of IPV6_SUBNETS) NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

/**
 * Whether `address`, an IP literal, is one a webhook may not reach. Anything that is not an IP
 * literal counts as private: a caller that passes a hostname by mistake is refused, not let through.
 */
export function isPrivateAddress(address: string): boolean {
  // A link-local address from the resolver may carry its zone (`fe80::1%eth0`): the zone is no part of the address.
  const bare = address.replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return true;
  return NOT_PUBLIC.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}
