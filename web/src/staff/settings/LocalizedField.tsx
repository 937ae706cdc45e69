import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fieldId } from './settings-form';

export interface FieldError {
  /** The server's `field` path, e.g. `welcomeText.en`. */
  field: string;
  text: string;
}

interface Props {
  name: 'serviceName' | 'welcomeText' | 'offHoursText' | 'emergencyProcedure';
  value: { ja: string; en: string };
  onChange(value: { ja: string; en: string }): void;
  /** Text areas get this many rows; without it, a one-line input. */
  rows?: number;
  maxLength: number;
  error: FieldError | null;
}

/** One text in both languages, side by side; the language the server refused is marked and described. */
export function LocalizedField({ name, value, onChange, rows, maxLength, error }: Props) {
  const { t } = useTranslation('settings');
  const hintId = `${fieldId(name)}-hint`;
  return (
    <fieldset className="se-text" aria-describedby={hintId}>
      <legend>{t(`texts.${name}`)}</legend>
      <p className="se-hint" id={hintId}>{t(`texts.${name}Hint`)}</p>
      <div className="se-text__pair">
        {(['ja', 'en'] as const).map((lang) => {
          const path = `${name}.${lang}`;
          const id = fieldId(path);
          const bad = error?.field === path;
          const common = {
            id, value: value[lang], maxLength, lang, 'aria-invalid': bad || undefined, 'aria-describedby': bad ? `${id}-error` : undefined,
          };
          return (
            <label key={lang} className="se-field">
              <span>{t(`lang.${lang}`)}</span>
              {rows ? (
                <textarea {...common} rows={rows} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
              ) : (
                <input {...common} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
              )}
              {bad && <small className="st-error" id={`${id}-error`}>{error.text}</small>}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A readable name for a server `field` path, for the message at the save button. */
export function fieldLabel(t: TFunction<'settings'>, path: string): string {
  const [head, second, third] = path.split('.');
  if (head === 'hotlines' && second !== undefined && third) return `${t('hotlines.item', { n: Number(second) + 1 })} · ${t(`hotlines.${third}`)}`;
  if (head === 'hotlines') return t('hotlines.title');
  if (head === 'defaultMaxConcurrent') return t('staffDefaults.maxConcurrent');
  if (head === 'preferredCounselorOfferSeconds') return t('routing.offerSeconds');
  if (head === 'familyTeam') return t('routing.familyTeam');
  if (head && (second === 'ja' || second === 'en')) return `${t(`texts.${head}`)} (${t(`lang.${second}`)})`;
  return path;
}
