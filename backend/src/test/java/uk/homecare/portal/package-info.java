/** The backend's fitness tests: the walls between the features, and what every package must say of itself. */
@NullMarked
package uk.homecare.portal;

import org.jspecify.annotations.NullMarked;
