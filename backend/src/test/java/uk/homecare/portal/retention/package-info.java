/** Tests of retention: expired records go, current ones stay, whichever node runs it. */
@NullMarked
package uk.homecare.portal.retention;

import org.jspecify.annotations.NullMarked;
