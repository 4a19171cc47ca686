/** What the backend's and the UI's tests share: the one clock tests take "now" from. */
@NullMarked
package uk.homecare.portal.testing;

import org.jspecify.annotations.NullMarked;
