/**
 * What every feature stands on: how the portal starts (demo or production), its embedded database,
 * secrets, clock and error responses.
 */
@NullMarked
package uk.homecare.portal.platform;

import org.jspecify.annotations.NullMarked;
