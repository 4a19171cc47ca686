/** The portal's backend: the application's entry point, with one package per feature, the platform under them and the demo beside them. */
@NullMarked
package uk.homecare.portal;

import org.jspecify.annotations.NullMarked;
