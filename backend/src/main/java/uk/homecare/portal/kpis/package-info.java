/**
 * Key performance indicators: what a council's commissioning achieved in a period of UK days, for the whole council or
 * one zone, lot or provider, from set-based SQL aggregates over the brokerage tables, the package history (the audit
 * trail), visit actuals, the day-by-day schedule, CHC packages and capacity reports; as JSON, CSV and an XLSX workbook.
 */
@NullMarked
package uk.homecare.portal.kpis;

import org.jspecify.annotations.NullMarked;
