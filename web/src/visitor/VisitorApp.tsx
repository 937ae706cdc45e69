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
  const status = useServiceStatus();
  const { consultation } = snapshot;

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
      <VisitorHeader />
      <main className="hv-main" aria-label={t('app.tagline')}>{view}</main>
    </div>
  );
}
