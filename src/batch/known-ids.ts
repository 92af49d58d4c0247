/**
 * The ids already written (for --resume), as a set every worker thread can
 * read without a copy: sorted 64-bit hashes in shared memory, searched by
 * bisection. A million ids take 8 MB once, not a Set per thread. Two ids
 * share a hash with odds of about 1 in 10^7 for 10^6 ids; the cost of such
 * a collision is one article not re-extracted on resume.
 */
import { createHash } from "node:crypto";

function hashOf(id: string): bigint {
  return createHash("sha1").update(id).digest().readBigUInt64BE(0);
}

export class KnownIds {
  private readonly hashes: BigUint64Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.hashes = new BigUint64Array(buffer);
  }

  static from(ids: Iterable<string>): KnownIds {
    const hashes = [...new Set([...ids].map(hashOf))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const buffer = new SharedArrayBuffer(hashes.length * BigUint64Array.BYTES_PER_ELEMENT);
    new BigUint64Array(buffer).set(hashes);
    return new KnownIds(buffer);
  }

  get size(): number {
    return this.hashes.length;
  }

  has(id: string): boolean {
    const hash = hashOf(id);
    let low = 0;
    let high = this.hashes.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const value = this.hashes[mid]!;
      if (value === hash) return true;
      if (value < hash) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  }
}
