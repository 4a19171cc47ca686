/** Tests of the platform: bad input answered as problems, the published spec and API reference, the database, the one clock and a production start. */
@NullMarked
package uk.homecare.portal.platform;

import org.jspecify.annotations.NullMarked;
