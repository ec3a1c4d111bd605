/** A service's schedules in the feed: its start dates, and when in the year it runs where the record says. */
import type { Translator } from '../i18n/translate.ts';
import type { Provision } from '../schema/schema.ts';
import { feedId } from './ids.ts';

type Json = Record<string, unknown>;

const startsSchedules = (entry: Provision, serviceId: string, t: Translator): Json[] => {
  if (entry.starts === 'september' || entry.starts === 'rolling')
    return [
      {
        id: feedId('service', entry.id, 'schedule', entry.starts),
        service_id: serviceId,
        description: t(`openreferral.starts.${entry.starts}`),
      },
    ];
  return entry.starts.dates.map((date) => ({
    id: feedId('service', entry.id, 'schedule', date),
    service_id: serviceId,
    dtstart: date,
    valid_from: date,
    description: t('openreferral.starts.date', { date }),
  }));
};

/** When in the year it runs, where the record says: one schedule in words (the profile's RRULE fields cannot name months). */
const runsSchedules = (entry: Provision, serviceId: string, t: Translator): Json[] => {
  if (entry.runs === undefined) return [];
  return [
    {
      id: feedId('service', entry.id, 'schedule', 'runs'),
      service_id: serviceId,
      description:
        entry.runs === 'months'
          ? `${t('detail.runs')}: ${(entry.runMonths ?? []).map((m) => t(`vocab.month.${m}` as 'vocab.month.1')).join(', ')}`
          : `${t('detail.runs')}: ${t(`vocab.runs.${entry.runs}`)}`,
    },
  ];
};

/** Every schedule of a service: when it starts, then when in the year it runs. */
export const scheduleOf = (entry: Provision, serviceId: string, t: Translator): Json[] => [
  ...startsSchedules(entry, serviceId, t),
  ...runsSchedules(entry, serviceId, t),
];
