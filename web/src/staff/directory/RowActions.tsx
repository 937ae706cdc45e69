/** The edit and delete buttons of one row in an admin list (directory, offers); delete asks first. */
export function RowActions({ name, testIdPrefix, labels, busy, onEdit, onDelete }: {
  /** What the row is called, for the buttons' accessible names. */
  name: string;
  /** `service` gives `service-edit` and `service-delete`. */
  testIdPrefix: string;
  labels: { edit: string; delete: string; confirmDelete: string };
  busy: boolean;
  onEdit: () => void;
  /** Runs once the person has confirmed. */
  onDelete: () => void;
}) {
  return (
    <>
      <button type="button" className="st-btn" aria-label={`${labels.edit}: ${name}`} data-testid={`${testIdPrefix}-edit`}
        onClick={onEdit}>{labels.edit}</button>{' '}
      <button type="button" className="st-btn st-btn--danger" aria-label={`${labels.delete}: ${name}`} disabled={busy} data-testid={`${testIdPrefix}-delete`}
        onClick={() => {
          if (window.confirm(labels.confirmDelete)) onDelete();
        }}>{labels.delete}</button>
    </>
  );
}
