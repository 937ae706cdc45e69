import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsultationView } from './ConsultationView';
import { IntakeView } from './IntakeView';
import { RestoringView } from './RestoringView';
import { useServiceStatus } from './use-service-status';
import { useVisitorConnection } from './use-visitor-connection';
import { VisitorHeader } from './VisitorHeader';
import './visitor.css';

/** The visitor's page at `/`: intake, then one consultation (waiting → talking → closed), resumable after a reload. */
export function VisitorApp() {
  const { t } = useTranslation('visitor');
  const [connection, snapshot] = useVisitorConnection();
  const { status, refresh } = useServiceStatus();
  const { consultation } = snapshot;
  // A consultation just started (or resumed): ask the hours again so the waiting view agrees with the roster of now.
  useEffect(() => {
    if (consultation.consultationId) refresh();
  }, [consultation.consultationId, refresh]);

  let view;
  if (consultation.consultationId === null) {
    view = (
      <IntakeView
        status={status}
        notice={snapshot.notice}
        onStart={(input) => connection.start(input)}
        onResume={(code) => connection.resume(code)}
      />
    );
  } else if (consultation.status === null) {
    view = <RestoringView onStartOver={() => connection.reset()} />;
  } else {
    view = <ConsultationView connection={connection} snapshot={snapshot} status={status} />;
  }

  return (
    <div className="hv-app">
      <VisitorHeader name={status?.serviceName} />
      <main className="hv-main" aria-label={t('app.tagline')}>{view}</main>
    </div>
  );
}
