/**
 * Capacity and the market. A provider reports, per council and zone and week, the hours it can take
 * on (daytime and out of hours), whether it can do double-handed calls and its staff (of whom how many
 * do not drive), and sees its reports, a report older than 7 days marked stale. The commissioner sees
 * each zone's reported capacity against demand as a table and as charts with a 12-week trend, the
 * providers whose reports are stale, and the market's health: active providers over 12 months with a
 * warning when they fall by 5% or more, and each provider's committed hours against the viability band
 * and its contract band. Charts are drawn on the server as SVG, each with its numbers as a table for
 * screen readers. Minutes are sent; hours are shown.
 */
@NullMarked
package uk.homecare.portal.ui.capacity;

import org.jspecify.annotations.NullMarked;
