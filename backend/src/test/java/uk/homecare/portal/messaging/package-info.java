/** Tests of package messages over real HTTP: queries, replies, where they stand, who sees them, and what is told. */
@NullMarked
package uk.homecare.portal.messaging;

import org.jspecify.annotations.NullMarked;
