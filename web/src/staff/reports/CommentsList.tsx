import { useTranslation } from 'react-i18next';
import { errorText } from '../error-text';
import { csvHref, useReport } from './use-report';

/** Survey comments with nothing that ties one to a conversation: no date, no id, in text order. */
export function CommentsList({ query }: { query: string }) {
  const { t } = useTranslation('reports');
  const { t: ts } = useTranslation('staff');
  const r = useReport('comments', query);
  let body;
  if (r.isPending) body = <p className="st-muted" role="status" aria-busy="true">{t('loading')}</p>;
  else if (r.isError) body = <p className="st-error" role="alert">{t('failed')} {errorText(ts, r.error)}</p>;
  else if (r.data.meta.suppressed === true) body = <p className="st-muted">{t('suppressedList')}</p>;
  else if (r.data.rows.length === 0) body = <p className="st-muted rp-empty">{t('noComments')}</p>;
  else {
    body = (
      <ul className="rp-comments">
        {r.data.rows.map((row, i) => <li key={i}>{String(row[1])}</li>)}
      </ul>
    );
  }
  return (
    <section className="rp-section" aria-labelledby="rp-comments" data-testid="report-comments">
      <header className="rp-section__head">
        <h2 id="rp-comments">{t('comments.title')}</h2>
        <a className="st-btn rp-csv" href={csvHref('comments', query)} download>{t('csv')}</a>
      </header>
      <p className="st-muted rp-intro">{t('comments.intro')}</p>
      {body}
    </section>
  );
}
