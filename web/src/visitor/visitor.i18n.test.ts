import { describe, expect, it } from 'vitest';
import { TOPICS } from '@hidamari/shared';
import { visitorEn, visitorJa } from './visitor.i18n';

function leaves(obj: object, prefix = ''): [string, string][] {
  return Object.entries(obj).flatMap(([k, v]): [string, string][] =>
    typeof v === 'string' ? [[prefix + k, v]] : leaves(v as object, `${prefix}${k}.`));
}

describe('visitor i18n', () => {
  it('should have the same keys and placeholders in both languages', () => {
    const ja = new Map(leaves(visitorJa));
    const en = new Map(leaves(visitorEn));
    expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
    const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
    for (const [key, text] of ja) expect(vars(en.get(key) ?? ''), key).toEqual(vars(text));
  });

  it('should label every topic the server knows', () => {
    for (const topic of TOPICS) {
      expect(visitorJa.intake.topics[topic]).toBeTruthy();
      expect(visitorEn.intake.topics[topic]).toBeTruthy();
    }
  });

  it('should never use labels for the person on visitor screens', () => {
    const banned = ['ひきこもり', '引きこもり', '引き籠もり', 'hikikomori', 'withdrawal', '当事者', 'patient', '患者'];
    for (const [key, text] of [...leaves(visitorJa), ...leaves(visitorEn)]) {
      for (const word of banned) expect(text.toLowerCase(), key).not.toContain(word.toLowerCase());
    }
  });
});
