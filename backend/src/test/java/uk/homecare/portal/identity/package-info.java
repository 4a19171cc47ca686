/** Tests of signing in, tokens and partner systems' client assertions. */
@NullMarked
package uk.homecare.portal.identity;

import org.jspecify.annotations.NullMarked;
