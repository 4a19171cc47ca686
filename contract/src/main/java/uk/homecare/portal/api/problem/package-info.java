/** RFC 7807 problem details, the shape of every error the API returns. */
@NullMarked
package uk.homecare.portal.api.problem;

import org.jspecify.annotations.NullMarked;
