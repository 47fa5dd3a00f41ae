import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { FetchPolicy } from './types.ts';

type IP = ipaddr.IPv4 | ipaddr.IPv6;

// 2000::/3 is the only IPv6 block handed out as global unicast.
const globalUnicastV6 = ipaddr.parseCIDR('2000::/3');
// NAT64 prefixes embed an IPv4 address in their last 32 bits; judge that address instead.
const nat64Prefixes = [ipaddr.parseCIDR('64:ff9b::/96')];

/** True only for addresses reachable on the public internet (ipaddr.js range 'unicast'). */
export function isPublicAddress(ip: string): boolean {
  let addr: IP;
  try {
    addr = ipaddr.parse(stripBrackets(ip));
  } catch {
    return false;
  }
  return isPublicParsed(addr);
}

function isPublicParsed(addr: IP): boolean {
  if (addr instanceof ipaddr.IPv4) return addr.range() === 'unicast';
  if (addr.isIPv4MappedAddress()) return isPublicParsed(addr.toIPv4Address());
  if (nat64Prefixes.some((cidr) => addr.match(cidr))) {
    const bytes = addr.toByteArray().slice(12);
    return isPublicParsed(ipaddr.fromByteArray(bytes));
  }
  return addr.range() === 'unicast' && addr.match(globalUnicastV6);
}

/** Raised from inside the resolver, so the refusal happens before any socket connects. */
export class BlockedAddressError extends Error {
  readonly host: string;
  readonly address: string;
  constructor(host: string, address: string) {
    super(`address ${address} of ${host} is not public; private networks are refused unless allowed (FETCH_ALLOW_PRIVATE_NETWORKS, FETCH_ALLOW_HOSTS)`);
    this.name = 'BlockedAddressError';
    this.host = host;
    this.address = address;
  }
}

export interface AddressGuard {
  /** Is a connection to this resolved address (for this host name) allowed? */
  allows(host: string, address: string): boolean;
  /** A resolver for http.request / net.connect that drops refused addresses. */
  lookup: LookupFunction;
}

type PolicyPart = Pick<FetchPolicy, 'allowPrivateNetworks' | 'allowHosts' | 'lookup'>;

export function createAddressGuard(policy: PolicyPart): AddressGuard {
  const { names, ranges } = splitAllowHosts(policy.allowHosts);
  const allows = (host: string, address: string): boolean => {
    if (policy.allowPrivateNetworks || names.has(normalizeHost(host))) return true;
    let addr: IP;
    try {
      addr = ipaddr.process(stripBrackets(address));
    } catch {
      return false;
    }
    if (ranges.some((range) => addr.kind() === range[0].kind() && addr.match(range))) return true;
    return isPublicParsed(addr);
  };
  const resolve = policy.lookup ?? dns.lookup;
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const allowed = addresses.filter((a) => allows(hostname, a.address));
      if (allowed.length === 0) {
        return callback(new BlockedAddressError(hostname, addresses[0]?.address ?? '(none)'), '');
      }
      if (options.all) return callback(null, allowed);
      const first = allowed[0]!;
      callback(null, first.address, first.family);
    });
  };
  return { allows, lookup };
}

function splitAllowHosts(entries: string[]): { names: Set<string>; ranges: [IP, number][] } {
  const names = new Set<string>();
  const ranges: [IP, number][] = [];
  for (const raw of entries) {
    const entry = stripBrackets(raw.trim());
    if (ipaddr.isValidCIDR(entry)) ranges.push(ipaddr.parseCIDR(entry));
    else if (ipaddr.isValid(entry)) {
      const addr = ipaddr.process(entry);
      ranges.push([addr, addr.kind() === 'ipv4' ? 32 : 128]);
    } else names.add(normalizeHost(entry));
  }
  return { names, ranges };
}

function normalizeHost(host: string): string {
  return stripBrackets(host).toLowerCase().replace(/\.$/, '');
}

export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
