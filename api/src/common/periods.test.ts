import { describe, expect, it } from 'vitest';
import { periodEnds, TrendInterval } from './periods.js';

describe('periodEnds', () => {
  it('gives month ends, the last clamped to the end day', () => {
    expect(periodEnds('2024-01-15', '2024-04-10', TrendInterval.MONTH)).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-10',
    ]);
  });

  it('gives quarter and year ends', () => {
    expect(periodEnds('2023-02-01', '2023-12-31', TrendInterval.QUARTER)).toEqual([
      '2023-03-31',
      '2023-06-30',
      '2023-09-30',
      '2023-12-31',
    ]);
    expect(periodEnds('2022-06-01', '2024-12-31', TrendInterval.YEAR)).toEqual([
      '2022-12-31',
      '2023-12-31',
      '2024-12-31',
    ]);
  });

  it('gives 60 points for 60 months', () => {
    const ends = periodEnds('2021-01-01', '2025-12-31', TrendInterval.MONTH);
    expect(ends).toHaveLength(60);
    expect(ends.at(-1)).toBe('2025-12-31');
  });

  it('gives the single day when from equals to', () => {
    expect(periodEnds('2024-05-05', '2024-05-05', TrendInterval.QUARTER)).toEqual(['2024-05-05']);
  });
});
