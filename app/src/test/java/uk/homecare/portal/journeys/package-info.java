/** Browser journeys through the assembled portal: headless Chromium against the real UI, API and database. */
@NullMarked
package uk.homecare.portal.journeys;

import org.jspecify.annotations.NullMarked;
