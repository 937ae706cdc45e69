import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './lib/i18n';
import './styles.css';
import { VisitorApp } from './visitor/VisitorApp';

// Visitors are often on a phone: the staff app is a separate chunk they never download.
const StaffApp = lazy(() => import('./staff/StaffApp').then((m) => ({ default: m.StaffApp })));

const router = createBrowserRouter([
  {
    path: '/staff/*',
    element: (
      <Suspense fallback={<p aria-busy="true" style={{ padding: '2rem' }}>…</p>}>
        <StaffApp />
      </Suspense>
    ),
  },
  { path: '*', element: <VisitorApp /> },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
