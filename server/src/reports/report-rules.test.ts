import { describe, expect, it } from 'vitest';
import { CSV_SUPPRESSED, toCsv } from './csv.rules.js';
import { heatmapRows } from './heatmap.rules.js';
import { commentRows } from './survey.rules.js';
import { figureOf, shareOf, suppressCount } from './suppress.rules.js';
import { bucketRows, overviewRows, within5Rate } from './tables.rules.js';

describe('suppression of small groups', () => {
  it('should withhold counts from 1 to 4 and show 0 and 5 when a group is that size', () => {
    expect([0, 1, 4, 5, 12].map(suppressCount)).toEqual([0, null, null, 5, 12]);
  });
  it('should withhold a figure drawn from fewer than 5 when the group is small', () => {
    expect(figureOf(4, 30)).toBeNull();
    expect(figureOf(5, 30.44, 1)).toBe(30.4);
    expect(shareOf(3, 4)).toBeNull();
    expect(shareOf(4, 6)).toBe(0.667);
  });
  it('should not count quick leavers against the 5-minute share when they left before 5 minutes', () => {
    expect(within5Rate({ n: 9, taken: 6, p50: 0, p90: 0, within5: 3, leftAfter5: 2 })).toBe(0.375);
  });
});

describe('heatmap rows', () => {
  const base = () => ({ arrivals: new Array(168).fill(0), occurrences: new Array(168).fill(2), counselorHours: new Array(168).fill(0), threshold: 3 });
  it('should mark an hour over the threshold when arrivals per counselor exceed it', () => {
    const input = base();
    input.arrivals[0] = 14; // 7 a week
    input.counselorHours[0] = 4; // 2 a week
    const row = heatmapRows(input)[0]!;
    expect(row).toEqual([1, 0, 14, 7, 2, 3.5, true, false]);
  });
  it('should mark demand with nobody rostered and withhold its small count when 1 to 4 arrived', () => {
    const input = base();
    input.arrivals[50] = 3;
    const row = heatmapRows(input)[50]!;
    expect(row).toEqual([3, 2, null, null, 0, null, false, true]);
  });
});

describe('CSV', () => {
  it('should quote, mark suppressed cells and defuse formulas when cells need it', () => {
    const csv = toCsv(['a', 'b'], [['x,y', null], ['=SUM(A1)', 'say "hi"'], [1.5, true]]);
    expect(csv).toBe(`\uFEFFa,b\r\n"x,y",${CSV_SUPPRESSED}\r\n'=SUM(A1),"say ""hi"""\r\n1.5,true\r\n`);
  });
  it('should flatten the overview into metric rows when it is a table', () => {
    const rows = overviewRows({
      consultations: { total: 10, byAudience: { self: 6, family: null }, byTopic: { other: 10 } },
      waitSeconds: { p50: 30, p90: null }, answeredWithin5MinRate: 0.5, abandoned: 0,
      escalations: { consult: 0, urgent: 0, emergency: 0 }, riskFlagged: 0, survey: { responses: null, helpfulAverage: null },
    });
    expect(rows.slice(0, 4)).toEqual([['consultations.total', 10], ['consultations.byAudience.self', 6], ['consultations.byAudience.family', null], ['consultations.byTopic.other', 10]]);
  });
  it('should give duration buckets their edges when the last is open-ended', () => {
    expect(bucketRows([0, 60, 300], [7, 2, 0])).toEqual([[0, 60, 7], [60, 300, null], [300, '', 0]]);
  });
});

describe('survey comments', () => {
  const comments = [{ questionId: 'comment', text: 'ありがとう' }, { questionId: 'comment', text: ' あの ' }];
  it('should list nothing when fewer than 5 responses came in the range', () => {
    expect(commentRows(4, comments)).toEqual({ rows: [], suppressed: true });
  });
  it('should list comments in text order, not arrival order, when there are enough responses', () => {
    expect(commentRows(5, comments).rows).toEqual([['comment', 'あの'], ['comment', 'ありがとう']]);
  });
});
