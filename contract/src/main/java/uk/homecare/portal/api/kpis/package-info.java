/**
 * Key performance indicators on the wire: what a council's commissioning achieved in a period (packages published
 * and awarded, time to award, hand-backs, declines, short visits, delivery against commissioned hours, CHC hours,
 * capacity reporting), for the whole council or one zone, lot or provider, as JSON, CSV or a spreadsheet.
 */
@NullMarked
package uk.homecare.portal.api.kpis;

import org.jspecify.annotations.NullMarked;
