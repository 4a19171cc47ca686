/** Tests of bid scoring and scorecards: the policy alone, and the API over real HTTP. */
@NullMarked
package uk.homecare.portal.scoring;

import org.jspecify.annotations.NullMarked;
