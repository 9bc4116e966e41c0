import neo4j, { isDate, isDateTime, isInt, isNode, isRelationship, type Date as NeoDate, type Integer } from "neo4j-driver";

/** Neo4j values → plain values: integers to numbers, dates to YYYY-MM-DD, nodes to their properties. */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value; // strings, numbers, booleans: most values, so asked first
  if (isInt(value)) return (value as Integer).toNumber();
  if (isDate(value)) return isoDate(value as NeoDate<number | Integer>);
  if (isDateTime(value)) return new Date(value.toString()).toISOString();
  if (Array.isArray(value)) return value.map(toNative);
  if (isNode(value) || isRelationship(value)) return toNative(value.properties);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNative(v);
    return out;
  }
  return value;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** YYYY-MM-DD, as the driver's own toString() gives it, without its arithmetic on Integer objects (years 0-9999; others by the driver). */
function isoDate(date: NeoDate<number | Integer>): string {
  const [y, m, d] = [date.year, date.month, date.day].map((v) => (typeof v === "number" ? v : v.toNumber())) as [number, number, number];
  return y >= 0 && y <= 9999 ? `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` : date.toString();
}

/** Plain values → parameters: whole numbers become Neo4j integers (so LIMIT and stored counts are ints). */
export function toParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toParams(v);
    return out;
  }
  return value;
}

/** A YYYY-MM-DD string as a Neo4j date parameter. */
export function neoDate(iso: string): NeoDate<Integer> {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new neo4j.types.Date(neo4j.int(y), neo4j.int(m), neo4j.int(d));
}
