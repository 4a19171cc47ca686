/** Tests of brokerage through the API: drafting, the cascade, responses, awards, hand-backs, data minimisation and the demo's packages. */
@NullMarked
package uk.homecare.portal.brokerage;

import org.jspecify.annotations.NullMarked;
