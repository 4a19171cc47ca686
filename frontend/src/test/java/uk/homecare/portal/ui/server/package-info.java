/** Tests of the embedded server that serves the UI. */
@NullMarked
package uk.homecare.portal.ui.server;

import org.jspecify.annotations.NullMarked;
