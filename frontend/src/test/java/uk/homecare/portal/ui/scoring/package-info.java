/** Karibu tests of the scoring weights page and the providers' scorecards. */
@NullMarked
package uk.homecare.portal.ui.scoring;

import org.jspecify.annotations.NullMarked;
