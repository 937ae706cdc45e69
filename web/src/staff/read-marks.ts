/** The last seq read per consultation, kept for this tab so a reload does not make a whole transcript "unread". */
const KEY = 'hidamari.staff.read';

export function loadReadMarks(): Record<string, number> {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    if (typeof raw !== 'object' || raw === null) return {};
    return Object.fromEntries(Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return {};
  }
}

export function saveReadMark(consultationId: string, seq: number): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...loadReadMarks(), [consultationId]: seq }));
  } catch {
    /* storage full or blocked: unread counts after a reload are just higher */
  }
}
