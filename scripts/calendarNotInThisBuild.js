/**
 * Stands in, in the webpack bundles only, for date-holidays-parser's other calendars (Julian, Hebrew,
 * Hijri, Jalaali, Chinese, Bengali, equinoxes). England and Wales bank holidays need only fixed dates,
 * Easter and weekday rules, and the data for Great Britain (scripts/englandHolidayData.js) names no other
 * calendar. The library leaves them out the same way in its own custom builds (the `#ifndef nojulian`…
 * instructions in CalEventFactory.js). The astronomy tables behind them are about 60% of functions.js.
 * `npm run check:bundle` checks the built functions still give docs/rules.md's bank holidays.
 */
export default class CalendarNotInThisBuild {
  constructor(options) {
    throw new Error(
      `The ${options && options.fn} calendar is not in this build: only England and Wales bank holidays are`
    );
  }
}
