import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady, loadStaffTexts } from './lib/i18n';
import { loadSocketIo } from './lib/socket';
import './styles.css';
import { VisitorApp } from './visitor/VisitorApp';

// Visitors are often on old phones and slow links: their first load is the visitor app alone (checked by the build,
// scripts/check-bundle.mjs). The staff app, its router and its texts are chunks only /staff downloads.
const StaffEntry = lazy(() =>
  Promise.all([import('./staff-entry'), loadStaffTexts(), loadSocketIo()]).then(([m]) => ({ default: m.StaffEntry })),
);

const isStaffPath = /^\/staff(\/|$)/.test(window.location.pathname);

const root = createRoot(document.getElementById('root')!);
void i18nReady.then(() => root.render(
  <StrictMode>
    {isStaffPath ? (
      <Suspense fallback={<p aria-busy="true" style={{ padding: '2rem' }}>…</p>}>
        <StaffEntry />
      </Suspense>
    ) : (
      <VisitorApp />
    )}
  </StrictMode>,
));
