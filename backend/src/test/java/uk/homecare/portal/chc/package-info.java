/** Tests of the NHS partner API for CHC packages and of the councils a partner serves. */
@NullMarked
package uk.homecare.portal.chc;

import org.jspecify.annotations.NullMarked;
