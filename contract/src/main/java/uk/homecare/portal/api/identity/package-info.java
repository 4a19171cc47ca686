/** Who is signed in: login, tokens and the acting identity, as seen on the wire. */
@NullMarked
package uk.homecare.portal.api.identity;

import org.jspecify.annotations.NullMarked;
