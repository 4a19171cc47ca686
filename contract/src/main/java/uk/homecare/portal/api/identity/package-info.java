/** Who is signed in: login, tokens and the acting identity, as seen on the wire. */
package uk.homecare.portal.api.identity;
