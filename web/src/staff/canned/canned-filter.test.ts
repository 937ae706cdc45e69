import { describe, expect, it } from 'vitest';
import { cannedText, filterCanned } from './canned-filter';

const r = (shortcut: string, title: string, ja: string, en = '') => ({ shortcut, title, body: { ja, en } });

describe('canned reply filter', () => {
  const list = [r('hello', 'あいさつ', 'ご相談ありがとうございます。', 'Thank you.'), r('bye', '終わり', 'またいつでも', ''), r('', 'ひとこと', 'hello と言う')];

  it('should put shortcut matches first, then title and text matches, folding width and case', () => {
    expect(filterCanned(list, 'HEL').map((x) => x.title)).toEqual(['あいさつ', 'ひとこと']);
    expect(filterCanned(list, 'ｂｙ').map((x) => x.title)).toEqual(['終わり']);
    expect(filterCanned(list, 'いつでも').map((x) => x.title)).toEqual(['終わり']);
    expect(filterCanned(list, '  ')).toHaveLength(3);
  });

  it('should insert the visitor\'s language, or the other when that one is empty', () => {
    expect(cannedText(list[0]!, 'en')).toBe('Thank you.');
    expect(cannedText(list[1]!, 'en')).toBe('またいつでも');
  });
});
