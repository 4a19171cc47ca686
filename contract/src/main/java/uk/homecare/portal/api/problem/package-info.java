/** RFC 7807 problem details, the shape of every error the API returns. */
package uk.homecare.portal.api.problem;
