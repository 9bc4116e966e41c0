import crypto from "node:crypto";

/** Digits from a hash of a seed (synthetic data only: the same seed, the same digits). */
export const digitsOf = (seed: string, salt: number): string => {
  const hash = crypto.createHash("sha256").update(`${seed}#${salt}`).digest();
  let out = "";
  for (const byte of hash) out += String(byte % 10);
  return out;
};

/** A valid, synthetic BSN for a seed: eight digits from its hash and the check digit the elfproef asks. */
export function syntheticBsn(seed: string, taken: Set<string> = new Set()): string {
  for (let salt = 0; ; salt++) {
    const first = digitsOf(seed, salt).slice(0, 8);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(first[i]);
    const check = sum % 11;
    const bsn = `${first}${check}`;
    if (check < 10 && first !== "00000000" && !taken.has(bsn)) {
      taken.add(bsn);
      return bsn;
    }
  }
}

