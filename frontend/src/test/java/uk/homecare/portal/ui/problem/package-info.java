/** Tests of reading the API's problems and showing them on form fields. */
@NullMarked
package uk.homecare.portal.ui.problem;

import org.jspecify.annotations.NullMarked;
