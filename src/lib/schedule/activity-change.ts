/**
 * An activity whose plan changed (front matter `status`, `previousWhen`, `statusNote`):
 * what a reader is told (已延期 / 改期至… / 已取消, the old time struck through, the note)
 * and what schema.org says (eventStatus). A cancelled activity stays listed, marked.
 */
import { formatWhen, type When } from '../content/dates.ts';

export type ActivityStatus = 'scheduled' | 'postponed' | 'rescheduled' | 'cancelled';

/** The fields of an activity its change reads. */
export interface ChangedActivity {
  when: When;
  status?: ActivityStatus | undefined;
  previousWhen?: When | undefined;
  statusNote?: string | undefined;
}

/** What the page, the schedule and the calendars say about a changed activity. */
export interface ActivityChange {
  status: Exclude<ActivityStatus, 'scheduled'>;
  /** 已延期, 改期至10月24日, 已取消. */
  label: string;
  /** The time it was planned for, shown struck through; absent when not given. */
  previous?: When | undefined;
  note?: string | undefined;
}

/** Whether a status moves the activity to another time (so `previousWhen` may be given). */
export function isMoved(status: ActivityStatus | undefined): boolean {
  return status === 'postponed' || status === 'rescheduled';
}

/** The change of an activity, or null when it goes ahead as planned. */
export function activityChange(d: ChangedActivity): ActivityChange | null {
  const status = d.status ?? 'scheduled';
  if (status === 'scheduled') return null;
  const label =
    status === 'cancelled'
      ? '已取消'
      : status === 'postponed'
        ? '已延期'
        : `改期至${formatWhen(d.when, { year: false })}`;
  return {
    status,
    label,
    ...(isMoved(status) && d.previousWhen && { previous: d.previousWhen }),
    ...(d.statusNote && { note: d.statusNote }),
  };
}

/** The schema.org eventStatus of an activity's Event. */
export function eventStatusOf(status: ActivityStatus | undefined): string {
  const name = {
    scheduled: 'EventScheduled',
    postponed: 'EventPostponed',
    rescheduled: 'EventRescheduled',
    cancelled: 'EventCancelled',
  }[status ?? 'scheduled'];
  return `https://schema.org/${name}`;
}
