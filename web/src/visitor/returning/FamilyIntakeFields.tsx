import {
  FAMILY_AGE_BANDS, FAMILY_DURATIONS, FAMILY_HOPES, FAMILY_RELATIONSHIPS, type FamilyHope, type FamilyIntake,
} from '@hidamari/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceGroup } from '../ChoiceGroup';
import { hasFamilyAnswers } from './intake-extras';
import { RETURN_NS } from './return.i18n';
import './return.css';

interface Props {
  value: FamilyIntake;
  onChange(value: FamilyIntake): void;
}

/**
 * The optional questions for a family member: who they are to the person, the person's age, how long they have mostly
 * been at home, and what the family member hopes for. Every one may be left out; the words never label the person.
 */
export function FamilyIntakeFields({ value, onChange }: Props) {
  const { t } = useTranslation(RETURN_NS);
  const id = useId();
  const hopes = value.hopes ?? [];
  function toggleHope(hope: FamilyHope, on: boolean) {
    const next = FAMILY_HOPES.filter((h) => (h === hope ? on : hopes.includes(h)));
    onChange({ ...value, hopes: next.length > 0 ? next : undefined });
  }
  return (
    <section className="hv-family" aria-labelledby={id} data-testid="family-intake">
      <h2 id={id}>{t('family.title')}</h2>
      <p className="hv-hint">{t('family.lead')}</p>
      <ChoiceGroup
        name="family-relationship" legend={t('family.relationshipLegend')} testIdPrefix="family-relationship"
        choices={FAMILY_RELATIONSHIPS.map((v) => ({ value: v, label: t(`family.relationship.${v}`) }))}
        value={value.relationship ?? null} onChange={(relationship) => onChange({ ...value, relationship })}
      />
      <div className="hv-family__grid">
        <ChoiceGroup
          name="family-age" legend={t('family.ageBandLegend')} testIdPrefix="family-age"
          choices={FAMILY_AGE_BANDS.map((v) => ({ value: v, label: t(`family.ageBand.${v}`) }))}
          value={value.ageBand ?? null} onChange={(ageBand) => onChange({ ...value, ageBand })}
        />
      </div>
      <div className="hv-family__grid">
        <ChoiceGroup
          name="family-duration" legend={t('family.durationLegend')} testIdPrefix="family-duration"
          choices={FAMILY_DURATIONS.map((v) => ({ value: v, label: t(`family.duration.${v}`) }))}
          value={value.duration ?? null} onChange={(duration) => onChange({ ...value, duration })}
        />
      </div>
      <fieldset className="hv-choices">
        <legend>{t('family.hopesLegend')}</legend>
        <div className="hv-choices__list">
          {FAMILY_HOPES.map((h) => (
            <label key={h} className="hv-choice" data-testid={`family-hope-${h}`}>
              <input type="checkbox" name="family-hopes" value={h} checked={hopes.includes(h)} onChange={(e) => toggleHope(h, e.target.checked)} />
              <span className="hv-choice__text"><span className="hv-choice__label">{t(`family.hopes.${h}`)}</span></span>
            </label>
          ))}
        </div>
      </fieldset>
      {hasFamilyAnswers(value) && (
        <button type="button" className="hv-link-button" data-testid="family-clear" onClick={() => onChange({})}>{t('family.clear')}</button>
      )}
    </section>
  );
}
