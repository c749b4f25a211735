/**
 * Webhooks must not become a way to reach the server's own network: delivery to private,
 * loopback, link-local and other non-public addresses is refused unless
 * WEBHOOK_ALLOW_PRIVATE is set (tests). Every address a name resolves to is checked.
 */
import { lookup } from "node:dns/promises";
import net from "node:net";
import { env } from "@/env";

const blocked4: [string, number][] = [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
];

function ip4ToInt(ip: string): number {
  return ip.split(".").reduce((acc, part) => (acc << 8) + Number(part), 0) >>> 0;
}

export function isPrivateAddress(address: string): boolean {
  if (net.isIPv4(address)) {
    const n = ip4ToInt(address);
    return blocked4.some(([base, bits]) => (n >>> (32 - bits)) === (ip4ToInt(base) >>> (32 - bits)));
  }
  if (net.isIPv6(address)) {
    const a = address.toLowerCase();
    const mapped = a.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    if (mapped) return isPrivateAddress(mapped[1]!);
    return a === "::" || a === "::1" || /^f[cd]/.test(a) || /^fe[89ab]/.test(a) || a.startsWith("ff");
  }
  return true;
}

export class UnsafeUrlError extends Error {
  override name = "UnsafeUrlError";
}

/** Throws UnsafeUrlError when the URL is not http(s) or resolves to a non-public address. */
export async function assertDeliverable(rawUrl: string, allowPrivate = env.WEBHOOK_ALLOW_PRIVATE): Promise<void> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new UnsafeUrlError("Not a valid URL.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnsafeUrlError("Only http and https URLs can receive webhooks.");
  if (allowPrivate) return;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addresses.length === 0) throw new UnsafeUrlError(`Cannot resolve ${host}.`);
  if (addresses.some(isPrivateAddress)) throw new UnsafeUrlError("Delivery to private or loopback addresses is not allowed.");
}
