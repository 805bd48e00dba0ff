/** The time axis shared by the charts: whole years, labelled as often as their labels fit. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import { toUtcDate, utcDate, type CalendarDate } from '../dates.ts';
import { round } from './dimensions.ts';
import { estimateTextWidth } from './text.ts';

/** A tick on the time axis: where the year starts, where its label is centred, and the label. */
export interface TimeTick {
  x: number;
  labelX: number;
  label: string;
}

/** A UTC time scale from 1 January of `firstYear` to 1 January after `lastYear`, over `range`. */
export function yearScale(firstYear: number, lastYear: number, range: [number, number]): ScaleTime<number, number> {
  return scaleUtc()
    .domain([utcDate(firstYear), utcDate(lastYear + 1)])
    .range(range);
}

/** The position of a calendar date on a year scale, rounded. */
export function xOfDate(scale: ScaleTime<number, number>, date: CalendarDate): number {
  return round(scale(toUtcDate(date)));
}

/**
 * The smallest of 1, 2, 5, 10, 20, 50… that is at least `minimum`. Not d3's `tickIncrement`, which
 * rounds to the nearest such step: a step below the minimum would put labels on each other.
 */
export function niceStep(minimum: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(minimum, 1)));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= minimum) ?? 10 * power;
}

/**
 * A tick at the start of every n-th year, n as small as lets the labels stand apart; each label is
 * centred in its year, or on its tick when years are labelled less often, and never sticks out of
 * `[left, right]` (the drawing's edges in plot coordinates).
 */
export function yearTicks(
  scale: ScaleTime<number, number>,
  fontSize: number,
  [left, right]: [number, number],
): TimeTick[] {
  const [start, end] = scale.domain() as [Date, Date];
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const [x0, x1] = scale.range() as [number, number];
  const labelWidth = estimateTextWidth(String(end.getUTCFullYear()), fontSize) + fontSize / 2;
  const step = niceStep(labelWidth / ((x1 - x0) / years));
  const firstYear = Math.ceil(start.getUTCFullYear() / step) * step;
  return utcYear
    .every(step)!
    .range(utcDate(firstYear), end)
    .map((date) => {
      const label = String(date.getUTCFullYear());
      const half = estimateTextWidth(label, fontSize) / 2;
      const centre = step === 1 ? (scale(date) + scale(utcYear.offset(date, 1))) / 2 : scale(date);
      return {
        x: round(scale(date)),
        labelX: round(Math.min(Math.max(centre, left + half), right - half)),
        label,
      };
    });
}
