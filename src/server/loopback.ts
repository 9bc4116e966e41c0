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

/** The request comes from this machine itself, not through a proxy on it. */
export function fromLoopback(req: Request): boolean {
  return isLoopbackAddress(req.socket.remoteAddress) && !req.headers["x-forwarded-for"] && !req.headers.forwarded;
}
