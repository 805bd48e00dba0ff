/** The time axis shared by the charts: whole years from the first to the last year of the timeline. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import { toUtcDate, type CalendarDate } from '../dates.ts';
import { round } from './dimensions.ts';

/** A tick on the time axis: where the year starts, where its label is centred, and the label. */
export interface TimeTick {
  x: number;
  labelX: number;
  label: string;
}

/** A UTC time scale from 1 January of `firstYear` to 1 January after `lastYear`, over `[0, width]`. */
export function yearScale(firstYear: number, lastYear: number, width: number): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(Date.UTC(firstYear, 0, 1)), new Date(Date.UTC(lastYear + 1, 0, 1))])
    .range([0, width]);
}

/** The position of a calendar date on a year scale, rounded. */
export function xOfDate(scale: ScaleTime<number, number>, date: CalendarDate): number {
  return round(scale(toUtcDate(date)));
}

/** One tick at the start of every `step`-th year, labelled with the year in the middle of it. */
export function yearTicks(scale: ScaleTime<number, number>, step = 1): TimeTick[] {
  const [start, end] = scale.domain() as [Date, Date];
  return utcYear.range(start, end, step).map((date) => ({
    x: round(scale(date)),
    labelX: round((scale(date) + scale(utcYear.offset(date, 1))) / 2),
    label: String(date.getUTCFullYear()),
  }));
}
