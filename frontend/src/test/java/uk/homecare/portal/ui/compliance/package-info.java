/** Karibu tests of the compliance pages: a provider's uploads and actions, a commissioner's checks and monitoring visits. */
@NullMarked
package uk.homecare.portal.ui.compliance;

import org.jspecify.annotations.NullMarked;
