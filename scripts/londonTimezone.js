/* global __LONDON_TIME_ZONE_DATA__ */
/**
 * Stands in for `moment-timezone` in the browser bundle (webpack.config.js): the same library from the
 * same package, loaded with the Europe/London zone only. date-holidays works in the country's own zone
 * (Europe/London for GB) and the full time-zone table of every zone would otherwise be 700 KB of the
 * custom functions' bundle. The zone data is taken from moment-timezone's own file at build time.
 */
const moment = require("moment-timezone/moment-timezone");

moment.tz.load(__LONDON_TIME_ZONE_DATA__);
module.exports = moment;
