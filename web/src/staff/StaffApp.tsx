import { Navigate, Route, Routes } from 'react-router';
import { AdminPage } from './admin/AdminPage';
import { LoginPage } from './auth/LoginPage';
import { SetupPage } from './auth/SetupPage';
import { canCounsel, isAdmin, RequireStaff, SessionProvider } from './session';
import { Workspace } from './workspace/Workspace';
import './staff.css';

/** Everything under /staff: sign-in, first-admin set-up, the counselor workspace and the admin page. */
export function StaffApp() {
  return (
    <SessionProvider>
      <div className="st-root">
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route path="setup" element={<SetupPage />} />
          <Route path="admin" element={<RequireStaff allow={isAdmin}><AdminPage /></RequireStaff>} />
          <Route index element={<RequireStaff allow={canCounsel}><Workspace /></RequireStaff>} />
          <Route path="*" element={<Navigate to="/staff" replace />} />
        </Routes>
      </div>
    </SessionProvider>
  );
}
