import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { IntakeView } from './IntakeView';
import { OFFERS_PATH, usePath } from './offers/visitor-path';
import { RestoringView } from './RestoringView';
import { SurveyTransportContext } from './survey/survey-transport';
import { useServiceStatus } from './use-service-status';
import { useVisitorConnection } from './use-visitor-connection';
import { VisitorHeader } from './VisitorHeader';
import './visitor.css';

// The conversation's screens are a chunk of their own, fetched while the visitor reads the intake form: the first
// load of a phone on a slow link carries only what the form needs (a budget the build checks).
const loadConsultationView = () => import('./ConsultationView');
const ConsultationView = lazy(() => loadConsultationView().then((m) => ({ default: m.ConsultationView })));
// The center's offers page (`/offers`) is a chunk of its own too; the consultation stays connected behind it.
const OffersPage = lazy(() => import('./offers/OffersPage').then((m) => ({ default: m.OffersPage })));

/** The visitor's page at `/`: intake, then one consultation (waiting → talking → closed), resumable after a reload. */
export function VisitorApp() {
  const { t } = useTranslation('visitor');
  const [connection, snapshot] = useVisitorConnection();
  const { status, refresh } = useServiceStatus();
  const { consultation } = snapshot;
  const path = usePath();
  // A consultation just started (or resumed): ask the hours again so the waiting view agrees with the roster of now.
  // The server pushed new hours (a shift started or ended): fetch the rest of the status (hotlines, closing time) too.
  const pushedOpen = consultation.service?.open;
  useEffect(() => {
    if (consultation.consultationId) refresh();
  }, [consultation.consultationId, pushedOpen, refresh]);
  useEffect(() => void loadConsultationView(), []);

  let view;
  if (path === OFFERS_PATH) {
    view = (
      <Suspense fallback={<p className="hv-restoring" aria-busy="true">…</p>}>
        <OffersPage />
      </Suspense>
    );
  } else if (consultation.consultationId === null) {
    view = (
      <IntakeView
        status={status}
        notice={snapshot.notice}
        onStart={(input) => connection.start(input)}
        onResume={(code) => connection.resume(code)}
        onCheckReturnKey={(key) => connection.checkReturnKey(key)}
      />
    );
  } else if (consultation.status === null) {
    view = <RestoringView onStartOver={() => connection.reset()} />;
  } else {
    view = (
      <Suspense fallback={<RestoringView onStartOver={() => connection.reset()} />}>
        <ConsultationView connection={connection} snapshot={snapshot} status={status} />
      </Suspense>
    );
  }

  return (
    <div className="hv-app">
      <VisitorHeader name={status?.serviceName} />
      <main className="hv-main" aria-label={t('app.tagline')}>
        <SurveyTransportContext.Provider value={connection}>{view}</SurveyTransportContext.Provider>
      </main>
    </div>
  );
}
