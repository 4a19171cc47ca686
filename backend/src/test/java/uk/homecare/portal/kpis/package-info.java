/** Tests of the key performance indicators: each figure on hand-built data in a council of its own, filters, periods, exports and access. */
@NullMarked
package uk.homecare.portal.kpis;

import org.jspecify.annotations.NullMarked;
