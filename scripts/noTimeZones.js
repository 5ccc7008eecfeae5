/**
 * Stands in for `moment-timezone` (and so for moment) in the webpack bundles. date-holidays converts
 * holiday dates to and from the country's time zone only when a zone is set; src/domain/calendar/
 * bankHolidays.ts clears it (the rules need calendar dates, never times), so nothing calls this. It
 * fails loudly if a later change makes date-holidays need a zone again; `npm run check:bundle` would
 * then fail too. moment and its zone data were a third of functions.js.
 */
function noTimeZones() {
  throw new Error(
    "Time zones are not in this build: bank holidays are worked out as calendar dates"
  );
}
noTimeZones.tz = noTimeZones;
module.exports = noTimeZones;
