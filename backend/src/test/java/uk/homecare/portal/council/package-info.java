/** Tests of what a council's administrator keeps: the council's settings and the audit viewer. */
@NullMarked
package uk.homecare.portal.council;

import org.jspecify.annotations.NullMarked;
