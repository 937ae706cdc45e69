import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The two pages behind the header's one "directory" entry: local services and the center's own offers. */
export function AdminTabs() {
  const { t } = useTranslation(['directory', 'offers']);
  return (
    <nav className="dir-tabs" aria-label={t('tabs')}>
      <NavLink to="/staff/directory" end className="dir-tabs__tab" data-testid="tab-directory">{t('nav')}</NavLink>
      <NavLink to="/staff/offers" end className="dir-tabs__tab" data-testid="tab-offers">{t('offers:nav')}</NavLink>
    </nav>
  );
}
