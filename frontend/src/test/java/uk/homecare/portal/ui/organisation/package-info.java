/** Tests of the organisations views (providers, our organisation, NHS partners) against the fake organisation client. */
@NullMarked
package uk.homecare.portal.ui.organisation;

import org.jspecify.annotations.NullMarked;
