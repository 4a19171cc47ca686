/** Tests of organisations going live: providers registered with councils, NHS partners and their API clients. */
@NullMarked
package uk.homecare.portal.organisation;

import org.jspecify.annotations.NullMarked;
