// The binary searches over sorted offsets that the engine and the server share.
import assert from 'node:assert/strict';
import { lineAtOffset, lowerBound } from '../../../engine/lineIndex';

describe('lineIndex searches', () => {
  it('lowerBound gives the first index whose element is >= value, or the length', () => {
    const sorted = [2, 4, 4, 9];
    assert.deepEqual(
      [0, 2, 3, 4, 5, 9, 10].map((v) => lowerBound(sorted, v)),
      [0, 0, 1, 1, 3, 3, 4],
    );
    assert.equal(lowerBound([], 7), 0);
  });

  it('lowerBound agrees with a linear scan on random arrays', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 50;
    for (let round = 0; round < 200; round++) {
      const sorted = Array.from({ length: next() % 12 }, next).sort((a, b) => a - b);
      const value = next();
      const linear = sorted.findIndex((x) => x >= value);
      assert.equal(lowerBound(sorted, value), linear < 0 ? sorted.length : linear, `${sorted} / ${value}`);
    }
  });

  it('lineAtOffset gives the last line start at or before the offset', () => {
    const starts = [0, 5, 6, 20];
    assert.deepEqual(
      [0, 4, 5, 6, 19, 20, 99].map((o) => lineAtOffset(starts, o)),
      [0, 0, 1, 2, 2, 3, 3],
    );
  });
});
