import { describe, expect, it } from 'vitest';
import { defaultMaxWorkers } from './default-max-workers.js';

const gigabytes = (count: number) => count * 1024 ** 3;

describe('defaultMaxWorkers', () => {
  it('default: 3 on a machine with cores and memory to spare', () => {
    expect(defaultMaxWorkers({ cores: 16, memoryBytes: gigabytes(64) })).toBe(3);
  });

  it('behavior: no more workers than cores', () => {
    expect(defaultMaxWorkers({ cores: 2, memoryBytes: gigabytes(24) })).toBe(2);
  });

  it('behavior: no more workers than fit in a quarter of the memory', () => {
    expect(defaultMaxWorkers({ cores: 8, memoryBytes: gigabytes(6) })).toBe(2);
    expect(defaultMaxWorkers({ cores: 8, memoryBytes: gigabytes(4) })).toBe(1);
  });

  it('behavior: at least one, however small the machine', () => {
    expect(defaultMaxWorkers({ cores: 1, memoryBytes: gigabytes(1) })).toBe(1);
  });

  it('default: the machine it runs on gives a cap between 1 and 3', () => {
    expect([1, 2, 3]).toContain(defaultMaxWorkers());
  });
});
