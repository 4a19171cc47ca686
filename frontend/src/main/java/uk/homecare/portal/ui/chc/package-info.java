/**
 * Continuing Healthcare for the council: on the commissioner's board, the CHC hours commissioned
 * against the council's weekly requirement and what is still waiting; and the settings that let NHS
 * partner systems place packages, the weekly requirement and the map from postcode district to zone.
 * Commissioners change them; administrators may look. Minutes are sent; hours are shown.
 */
@NullMarked
package uk.homecare.portal.ui.chc;

import org.jspecify.annotations.NullMarked;
