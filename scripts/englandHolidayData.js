/* global __ENGLAND_AND_WALES_HOLIDAY_DATA__ */
/**
 * Stands in for date-holidays' data module in the browser bundle (webpack.config.js): the same data,
 * from the same package version, with only the United Kingdom's rules. The add-in asks date-holidays for
 * GB/ENG (England and Wales bank holidays, docs/rules.md §7.1) and nothing else, and the full data of every
 * country would otherwise be most of the custom functions' bundle. The value is put in at build time.
 */
export const data = __ENGLAND_AND_WALES_HOLIDAY_DATA__;
