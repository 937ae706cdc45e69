import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import './lib/i18n';
import './styles.css';
import { StaffApp } from './staff/StaffApp';
import { VisitorApp } from './visitor/VisitorApp';

const router = createBrowserRouter([
  { path: '/staff/*', element: <StaffApp /> },
  { path: '*', element: <VisitorApp /> },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
