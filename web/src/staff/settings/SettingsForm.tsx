import { SETTINGS_LIMITS, type Settings } from '@hidamari/shared';
import { format } from 'date-fns';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorText } from '../error-text';
import { HotlinesEditor } from './HotlinesEditor';
import { RiskPhrasesEditor } from './RiskPhrasesEditor';
import { RoutingFields } from './RoutingFields';
import { fieldLabel, LocalizedField, type FieldError } from './LocalizedField';
import { useSaveSettings } from './settings-api';
import { fieldId, fieldProblemKey, settingsPatch, toDraft } from './settings-form';

let keys = 0;
const newKey = () => `h${++keys}`;

type Outcome = { kind: 'saved'; at: Date } | { kind: 'failed'; text: string; field: FieldError | null } | null;

/**
 * The settings as a form. Changes are measured against the settings this form started from (not a later refetch),
 * so saving sends, and audits, only what this admin changed and never undoes another admin's change to other keys.
 */
export function SettingsForm({ initial }: { initial: Settings }) {
  const { t } = useTranslation(['settings', 'staff']);
  const save = useSaveSettings();
  const [baseline, setBaseline] = useState(initial);
  const [draft, setDraft] = useState(() => toDraft(initial, newKey));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const patch = useMemo(() => settingsPatch(baseline, draft), [baseline, draft]);
  const dirty = Object.keys(patch).length > 0;
  const fieldError = outcome?.kind === 'failed' ? outcome.field : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!dirty || save.isPending) return;
    setOutcome(null);
    try {
      const next = await save.mutateAsync(patch);
      setBaseline(next);
      setDraft(toDraft(next, newKey));
      setOutcome({ kind: 'saved', at: new Date() });
    } catch (err) {
      const field = errorCode(err) === 'INVALID_PAYLOAD' && typeof (err as { field?: unknown }).field === 'string' ? (err as { field: string }).field : null;
      const problem = field ? { field, text: t(`settings:${fieldProblemKey(field)}`) } : null;
      setOutcome({
        kind: 'failed', field: problem,
        text: problem ? t('settings:fieldFailed', { field: fieldLabel(t, problem.field), problem: problem.text }) : errorText(t, err),
      });
      // Straight to the input the server named, so the fix is one keystroke away.
      if (field) {
        requestAnimationFrame(() => {
          const input = document.getElementById(fieldId(field));
          input?.scrollIntoView({ block: 'center' });
          input?.focus({ preventScroll: true });
        });
      }
    }
  }

  function discard() {
    setDraft(toDraft(baseline, newKey));
    setOutcome(null);
  }

  const text = (name: 'serviceName' | 'welcomeText' | 'offHoursText' | 'emergencyProcedure', maxLength: number, rows?: number) => (
    <LocalizedField name={name} value={draft[name]} rows={rows} maxLength={maxLength} error={fieldError}
      onChange={(value) => setDraft((d) => ({ ...d, [name]: value }))} />
  );

  return (
    <form className="se-form" onSubmit={submit} noValidate aria-busy={save.isPending}>
      <section className="se-card" aria-labelledby="settings-texts-title">
        <h2 id="settings-texts-title">{t('settings:texts.title')}</h2>
        {text('serviceName', SETTINGS_LIMITS.serviceName)}
        {text('welcomeText', SETTINGS_LIMITS.text, 3)}
        {text('offHoursText', SETTINGS_LIMITS.text, 3)}
        {text('emergencyProcedure', SETTINGS_LIMITS.emergencyProcedure, 5)}
      </section>

      <HotlinesEditor rows={draft.hotlines} newKey={newKey} error={fieldError} onChange={(hotlines) => setDraft((d) => ({ ...d, hotlines }))} />

      <RiskPhrasesEditor value={draft.riskPhrases} error={fieldError} onChange={(riskPhrases) => setDraft((d) => ({ ...d, riskPhrases }))} />

      <section className="se-card" aria-labelledby="settings-defaults-title">
        <h2 id="settings-defaults-title">{t('settings:staffDefaults.title')}</h2>
        <label className="se-field se-field--narrow">
          <span>{t('settings:staffDefaults.maxConcurrent')}</span>
          <input id={fieldId('defaultMaxConcurrent')} type="number" min={1} max={10} value={draft.defaultMaxConcurrent}
            aria-invalid={fieldError?.field === 'defaultMaxConcurrent' || undefined} aria-describedby="settings-max-hint"
            onChange={(e) => setDraft((d) => ({ ...d, defaultMaxConcurrent: e.target.value }))} />
          <small id="settings-max-hint">{t('settings:staffDefaults.maxConcurrentHint')}</small>
          {fieldError?.field === 'defaultMaxConcurrent' && <small className="st-error">{fieldError.text}</small>}
        </label>
      </section>

      <RoutingFields offerSeconds={draft.preferredCounselorOfferSeconds} familyTeam={draft.familyTeam} error={fieldError}
        onChange={(p) => setDraft((d) => ({ ...d, ...p }))} />

      <section className="se-card" aria-labelledby="settings-reports-title">
        <h2 id="settings-reports-title">{t('settings:reports.title')}</h2>
        <label className="se-field se-field--narrow">
          <span>{t('settings:reports.heatmapThreshold')}</span>
          <input id={fieldId('heatmapThreshold')} type="number" min={0.1} max={100} step={0.1} value={draft.heatmapThreshold}
            aria-invalid={fieldError?.field === 'heatmapThreshold' || undefined} aria-describedby="settings-heatmap-hint"
            onChange={(e) => setDraft((d) => ({ ...d, heatmapThreshold: e.target.valueAsNumber }))} data-testid="settings-heatmap-threshold" />
          <small id="settings-heatmap-hint">{t('settings:reports.heatmapThresholdHint')}</small>
          {fieldError?.field === 'heatmapThreshold' && <small className="st-error">{fieldError.text}</small>}
        </label>
      </section>

      <div className="se-savebar">
        <p className="se-savebar__status" role="status" data-testid="settings-status">
          {outcome?.kind === 'failed' ? <span className="st-error">{t('settings:failed')} {outcome.text}</span>
            : dirty ? t('settings:dirty')
            : outcome?.kind === 'saved' ? <span className="st-ok">{t('settings:saved', { time: format(outcome.at, 'HH:mm') })}</span>
            : t('settings:clean')}
        </p>
        <button type="button" className="st-btn" onClick={discard} disabled={!dirty || save.isPending}>{t('settings:reset')}</button>
        <button type="submit" className="st-btn st-btn--primary" data-testid="settings-save" disabled={!dirty || save.isPending}>
          {save.isPending ? t('settings:saving') : t('settings:save')}
        </button>
      </div>
    </form>
  );
}
