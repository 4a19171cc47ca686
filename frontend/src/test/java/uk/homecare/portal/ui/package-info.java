/** The UI's fitness tests: the walls between its features and the backend, and every route a bean. */
@NullMarked
package uk.homecare.portal.ui;

import org.jspecify.annotations.NullMarked;
