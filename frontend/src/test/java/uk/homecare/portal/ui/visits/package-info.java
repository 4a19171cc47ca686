/** Karibu tests of the visits pages: recording a visit, an ECM upload's report, commissioners' missed and late visits. */
@NullMarked
package uk.homecare.portal.ui.visits;

import org.jspecify.annotations.NullMarked;
