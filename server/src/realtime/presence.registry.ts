/** Who is connected to this process, counted per person, for the presence heartbeat. */
export class PresenceRegistry {
  private readonly staff = new Map<string, number>();
  private readonly visitors = new Map<string, number>();

  addStaff(id: string): void {
    this.staff.set(id, (this.staff.get(id) ?? 0) + 1);
  }
  removeStaff(id: string): void {
    const n = (this.staff.get(id) ?? 1) - 1;
    if (n <= 0) this.staff.delete(id);
    else this.staff.set(id, n);
  }
  addVisitor(consultationId: string): void {
    this.visitors.set(consultationId, (this.visitors.get(consultationId) ?? 0) + 1);
  }
  removeVisitor(consultationId: string): void {
    const n = (this.visitors.get(consultationId) ?? 1) - 1;
    if (n <= 0) this.visitors.delete(consultationId);
    else this.visitors.set(consultationId, n);
  }
  snapshot(): { staffIds: string[]; consultationIds: string[] } {
    // Sorted, so two processes' heartbeats lock shared rows in the same order and cannot deadlock.
    return { staffIds: [...this.staff.keys()].sort(), consultationIds: [...this.visitors.keys()].sort() };
  }
}
