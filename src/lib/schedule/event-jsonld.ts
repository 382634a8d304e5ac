/**
 * schema.org Event structured data (JSON-LD) for an activity's page, and the safe
 * text of a `<script type="application/ld+json">` block.
 */
import { span, type When } from '../content/dates.ts';
import { eventStatusOf, isMoved, type ActivityStatus } from './activity-change.ts';

/** What the Event is built from: the same fields the page shows. */
export interface EventInput {
  name: string;
  description: string;
  /** Absolute address of the activity's page. */
  url: string;
  when: When;
  /** Lead units, each with the absolute address of its page when it has one. */
  organizers: { name: string; url?: string | undefined }[];
  /** Region names; the location is left out when there are none. */
  regions: string[];
  /** The language of the page. */
  inLanguage: string;
  /** Whether it goes ahead as planned, moved or was cancelled (default: as planned). */
  status?: ActivityStatus | undefined;
  /** The time it was planned for before it moved (previousStartDate). */
  previousWhen?: When | undefined;
}

/** A schema.org Event; startDate and endDate only where the year is known. */
export function eventJsonLd(input: EventInput): Record<string, unknown> {
  const days = span(input.when);
  const event: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.inLanguage,
    eventStatus: eventStatusOf(input.status),
  };
  if (days?.first) event.startDate = days.first;
  if (days) event.endDate = days.last;
  const previous = isMoved(input.status) && input.previousWhen && span(input.previousWhen);
  if (previous) event.previousStartDate = previous.first ?? previous.last;
  const organizers = input.organizers.map((o) => ({
    '@type': 'Organization',
    name: o.name,
    ...(o.url ? { url: o.url } : {}),
  }));
  if (organizers.length) event.organizer = organizers.length === 1 ? organizers[0] : organizers;
  if (input.regions.length) {
    event.location = {
      '@type': 'Place',
      name: input.regions.join('、'),
      address: {
        '@type': 'PostalAddress',
        addressLocality: input.regions.join('、'),
        addressCountry: 'CN',
      },
    };
  }
  return event;
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` written as
 * \u escapes so no text can close the element or open a comment, and U+2028/U+2029
 * escaped too. JSON.parse reads it back unchanged.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
