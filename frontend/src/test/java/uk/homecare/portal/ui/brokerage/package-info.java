/** Tests of the brokerage views for commissioners and providers, and of their texts. */
@NullMarked
package uk.homecare.portal.ui.brokerage;

import org.jspecify.annotations.NullMarked;
