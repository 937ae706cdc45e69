import { ROLES, type Role } from '@hidamari/shared';
import { useTranslation } from 'react-i18next';

export function RoleChecks({ value, onChange }: { value: Role[]; onChange(roles: Role[]): void }) {
  const { t } = useTranslation('staff');
  return (
    <fieldset className="st-checks">
      <legend>{t('staffForm.roles')}</legend>
      {ROLES.map((r) => (
        <label key={r}>
          <input type="checkbox" checked={value.includes(r)}
            onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))} />
          {t(`roles.${r}`)}
        </label>
      ))}
    </fieldset>
  );
}
