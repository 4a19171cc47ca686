/** Karibu tests of the quality page and of what a provider's home page says about the gates it fails. */
@NullMarked
package uk.homecare.portal.ui.quality;

import org.jspecify.annotations.NullMarked;
