import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AdminPage } from './admin/AdminPage';
import { LoginPage } from './auth/LoginPage';
import { SetupPage } from './auth/SetupPage';
import { AuditPage } from './audit/AuditPage';
import { EscalationAlerts } from './escalation/EscalationAlerts';
import { RiskAlerts } from './workspace/risk/RiskAlerts';
import { PasswordPage } from './auth/PasswordPage';
import { anyStaff, canCounsel, canSupervise, isAdmin, RequireStaff, SessionProvider } from './session';
import { TeamPage } from './supervision/TeamPage';
import { SupervisionPage } from './supervision/SupervisionPage';
import { RosterPage } from './roster/RosterPage';
import { SettingsPage } from './settings/SettingsPage';
import { SurveyPage } from './survey/SurveyPage';
import { Workspace } from './workspace/Workspace';
import { CannedPage } from './canned/CannedPage';
import { AdminOnly } from './directory/AdminOnly';
import { DirectoryPage } from './directory/DirectoryPage';
import { OffersPage } from './offers/OffersPage';
import './staff.css';

// The reports page carries its chart library (recharts): a chunk of its own, loaded when someone opens it.
const ReportsPage = lazy(() => import('./reports/ReportsPage'));

/** Server state of the staff app's screens (one cache for the whole app; a failed query retries once). */
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

/** Everything under /staff: sign-in, first-admin set-up, the counselor workspace and the admin page. */
export function StaffApp() {
  return (
    <QueryClientProvider client={queryClient}>
    <SessionProvider>
      <div className="st-root">
        <EscalationAlerts />
        <RiskAlerts />
        <Routes>
          <Route path="login" element={<LoginPage />} />
          <Route path="setup" element={<SetupPage />} />
          <Route path="admin" element={<RequireStaff allow={isAdmin}><AdminPage /></RequireStaff>} />
          <Route path="roster" element={<RequireStaff allow={isAdmin}><RosterPage /></RequireStaff>} />
          <Route path="settings" element={<RequireStaff allow={isAdmin}><SettingsPage /></RequireStaff>} />
          <Route path="survey" element={<RequireStaff allow={isAdmin}><SurveyPage /></RequireStaff>} />
          <Route path="directory" element={<RequireStaff allow={anyStaff}><AdminOnly page="directory"><DirectoryPage /></AdminOnly></RequireStaff>} />
          <Route path="offers" element={<RequireStaff allow={anyStaff}><AdminOnly page="directory"><OffersPage /></AdminOnly></RequireStaff>} />
          <Route path="team" element={<RequireStaff allow={canSupervise}><TeamPage /></RequireStaff>} />
          <Route path="supervision" element={<RequireStaff allow={canSupervise}><SupervisionPage /></RequireStaff>} />
          <Route path="reports" element={<RequireStaff allow={canSupervise}><Suspense fallback={<p className="st-muted" role="status">…</p>}><ReportsPage /></Suspense></RequireStaff>} />
          <Route path="audit" element={<RequireStaff allow={isAdmin}><AuditPage /></RequireStaff>} />
          <Route path="canned" element={<RequireStaff allow={anyStaff}><CannedPage /></RequireStaff>} />
          <Route path="password" element={<RequireStaff allow={anyStaff} passwordPage><PasswordPage /></RequireStaff>} />
          <Route index element={<RequireStaff allow={canCounsel}><Workspace /></RequireStaff>} />
          <Route path="*" element={<Navigate to="/staff" replace />} />
        </Routes>
      </div>
    </SessionProvider>
    </QueryClientProvider>
  );
}
