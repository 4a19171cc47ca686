/**
 * The organisations views: the providers a council's administrator registers, a provider's own details for its
 * administrator, and the NHS partners with their API clients for the platform administrator.
 */
@NullMarked
package uk.homecare.portal.ui.organisation;

import org.jspecify.annotations.NullMarked;
