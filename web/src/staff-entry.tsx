import { createBrowserRouter, RouterProvider } from 'react-router';
import { StaffApp } from './staff/StaffApp';

/** Any path outside /staff belongs to the visitor's page, which is a separate first load: leave for it. */
function LeaveForVisitorPage() {
  window.location.replace(window.location.href);
  return null;
}

const router = createBrowserRouter([
  { path: '/staff/*', element: <StaffApp /> },
  { path: '*', element: <LeaveForVisitorPage /> },
]);

/** The staff app with its router: a chunk of its own (react-router, react-query, its texts), never in a visitor's load. */
export function StaffEntry() {
  return <RouterProvider router={router} />;
}
