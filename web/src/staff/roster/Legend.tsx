import { useTranslation } from 'react-i18next';
import { COVERAGE_MARK, FLAGS } from './coverage-marks';

/** What the marks mean: every mark has a symbol and words, not colour alone. */
export function Legend() {
  const { t } = useTranslation('roster');
  return (
    <section className="rs-legend" aria-labelledby="rs-legend-title" data-testid="roster-legend">
      <h2 id="rs-legend-title">{t('legend.title')}</h2>
      <ul>
        <li><span className="rs-block rs-block--counselor rs-legend__swatch" aria-hidden="true" /> {t('legend.counselor')}</li>
        <li><span className="rs-block rs-block--supervisor rs-legend__swatch" aria-hidden="true">SV</span> {t('legend.supervisor')}</li>
        {FLAGS.map((f) => (
          <li key={f}><span className={`rs-gap rs-gap--${f} rs-legend__swatch`} aria-hidden="true">{COVERAGE_MARK[f]}</span> {t(`flagsLong.${f}`)}</li>
        ))}
        <li><span className="rs-legend__now" aria-hidden="true" /> {t('legend.now')}</li>
        <li><span className="rs-legend__today" aria-hidden="true">{t('week.today')}</span> {t('legend.today')}</li>
      </ul>
    </section>
  );
}
