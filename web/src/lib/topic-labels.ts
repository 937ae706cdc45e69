import type { Locale, Topic } from '@hidamari/shared';

/**
 * The one label per topic id, in the words the visitor chose it by: the visitor's intake and every staff screen
 * read these, so a counselor sees "家族との関係" exactly as the visitor picked it.
 */
export const TOPIC_LABELS: Record<Locale, Record<Topic, string>> = {
  ja: {
    'daily-life': '毎日の暮らし・居場所',
    'work-school': '仕事・学校',
    family: '家族との関係',
    'mind-health': 'こころと体の健康',
    other: 'その他',
  },
  en: {
    'daily-life': 'Daily life and a place to be',
    'work-school': 'Work or school',
    family: 'Family relationships',
    'mind-health': 'Mind and body',
    other: 'Something else',
  },
};
