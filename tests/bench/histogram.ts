/** Latency histograms: HDR, recorded in microseconds, summarised in milliseconds. */
import * as hdr from 'hdr-histogram-js';
import type { Histogram } from 'hdr-histogram-js';

export interface LatencySummary {
  count: number;
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  mean: number;
}

export class Latency {
  private readonly h: Histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: 3 });

  /** Records one sample given in milliseconds (fractional). */
  record(ms: number): void {
    this.h.recordValue(Math.max(1, Math.round(ms * 1000)));
  }

  get count(): number {
    return this.h.totalCount;
  }

  /** Percentile in ms (0 when empty). */
  at(percentile: number): number {
    return this.count === 0 ? 0 : this.h.getValueAtPercentile(percentile) / 1000;
  }

  add(other: Latency): void {
    this.h.add(other.h);
  }

  summary(): LatencySummary {
    const r = (v: number) => Math.round(v * 100) / 100;
    return {
      count: this.count,
      p50: r(this.at(50)),
      p90: r(this.at(90)),
      p99: r(this.at(99)),
      p999: r(this.at(99.9)),
      max: r(this.count === 0 ? 0 : this.h.maxValue / 1000),
      mean: r(this.count === 0 ? 0 : this.h.mean / 1000),
    };
  }
}
