// Who is calling, for attempt limits. X-Forwarded-For is whatever the client wrote unless a proxy we
// trust appended to it, so it is read only when the socket peer is a trusted proxy (TRUSTED_PROXIES),
// from the right: the first address that is not one of our proxies is the client.

type Parsed = { v6: boolean; value: bigint };

function parseIp(raw: string): Parsed | null {
  let ip = raw.trim().toLowerCase();
  if (ip.startsWith("[") && ip.endsWith("]")) ip = ip.slice(1, -1);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  if (mapped?.[1]) ip = mapped[1];
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (v4) {
    const octets = v4.slice(1).map(Number);
    if (octets.some((o) => o > 255)) return null;
    return { v6: false, value: octets.reduce((acc, o) => (acc << 8n) | BigInt(o), 0n) };
  }
  if (!/^[0-9a-f:]+$/.test(ip) || !ip.includes(":")) return null;
  const halves = ip.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => g.length === 0 || g.length > 4)) return null;
  return { v6: true, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n) };
}

function matches(ip: Parsed, entry: string): boolean {
  const [addr = "", bitsRaw] = entry.split("/");
  const net = parseIp(addr);
  if (!net || net.v6 !== ip.v6) return false;
  const width = ip.v6 ? 128 : 32;
  const bits = bitsRaw === undefined ? width : Number(bitsRaw);
  const shift = BigInt(width - bits);
  return ip.value >> shift === net.value >> shift;
}

export function isTrustedProxy(address: string, trusted: readonly string[]): boolean {
  if (trusted.includes("*")) return true;
  const ip = parseIp(address);
  return ip !== null && trusted.some((entry) => matches(ip, entry));
}

/**
 * The client address for a request whose socket peer is `peer`. With "*" (a platform that always
 * proxies and appends the client), the rightmost X-Forwarded-For entry is the client.
 */
export function resolveClientIp(
  peer: string | null,
  forwardedFor: string | null | undefined,
  trusted: readonly string[],
): string | null {
  if (!peer || trusted.length === 0 || !forwardedFor || !isTrustedProxy(peer, trusted)) return peer;
  const hops = forwardedFor
    .split(",")
    .map((h) => h.trim())
    .filter((h) => parseIp(h) !== null);
  if (trusted.includes("*")) return hops.at(-1) ?? peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    if (!isTrustedProxy(hop, trusted)) return hop;
  }
  return hops[0] ?? peer;
}
