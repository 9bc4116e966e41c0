import type { Request } from "express";

/** 127.0.0.0/8, ::1, and IPv4 loopback written as IPv6. */
export function isLoopbackAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  const a = address.startsWith("::ffff:") ? address.slice(7) : address;
  return a === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || isLoopbackAddress(host);
}

const FORWARDING = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded", "x-real-ip", "via"];

/** The request comes from this machine itself, not through a proxy on it. */
export function fromLoopback(req: Request): boolean {
  return isLoopbackAddress(req.socket.remoteAddress) && FORWARDING.every((h) => req.headers[h] === undefined);
}

/** The name the client asked for, from the Host header itself (never a forwarded one): "localhost" of "localhost:4000". */
function hostOf(req: Request): string {
  const host = req.headers.host ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  return bracketed ? (bracketed[1] as string) : host.replace(/:\d+$/, "");
}

/**
 * A browser at this machine's own keyboard, in development: from loopback, not through a proxy,
 * and asking for a loopback name. A page whose own name resolves to 127.0.0.1 (DNS rebinding)
 * sends its own name as Host, so it is not one.
 */
export function developmentClient(req: Request): boolean {
  return fromLoopback(req) && isLoopbackHost(hostOf(req));
}
