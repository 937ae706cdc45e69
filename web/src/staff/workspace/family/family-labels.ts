import { FAMILY_HOPES, type FamilyIntake } from '@hidamari/shared';

export type FamilyField = 'relationship' | 'ageBand' | 'duration' | 'hopes';

/** One line of the family card: the field's label key and the keys of its values (namespace 'family'). */
export interface FamilyFact {
  field: FamilyField;
  labelKey: `fields.${FamilyField}`;
  valueKeys: string[];
}

/**
 * The family intake as card lines, in the order a counselor reads it (who, how old, how long, what they hope for);
 * fields not given are left out, hopes in the intake's order whatever order they were sent in.
 */
export function familyFacts(family: FamilyIntake | undefined): FamilyFact[] {
  if (!family) return [];
  const facts: FamilyFact[] = [];
  const one = (field: Exclude<FamilyField, 'hopes'>, value: string | undefined) => {
    if (value) facts.push({ field, labelKey: `fields.${field}`, valueKeys: [`${field}.${value}`] });
  };
  one('relationship', family.relationship);
  one('ageBand', family.ageBand);
  one('duration', family.duration);
  const hopes = FAMILY_HOPES.filter((h) => family.hopes?.includes(h));
  if (hopes.length > 0) facts.push({ field: 'hopes', labelKey: 'fields.hopes', valueKeys: hopes.map((h) => `hopes.${h}`) });
  return facts;
}

/** Whether there is anything to show. */
export const hasFamily = (family: FamilyIntake | undefined): boolean => familyFacts(family).length > 0;

/** The queue item's short form: relationship, age band and duration only (hopes are on the card in the chat). */
export function familyCompactKeys(family: FamilyIntake | undefined): string[] {
  return familyFacts(family).filter((f) => f.field !== 'hopes').flatMap((f) => f.valueKeys);
}
