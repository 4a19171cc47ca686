/** The UI's declarative HTTP clients of the API, one per feature, each extending the contract's operations interface. */
@NullMarked
package uk.homecare.portal.ui.client;

import org.jspecify.annotations.NullMarked;
