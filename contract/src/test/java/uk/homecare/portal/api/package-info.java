/** The contract's fitness test: it depends on nothing of ours. */
@NullMarked
package uk.homecare.portal.api;

import org.jspecify.annotations.NullMarked;
