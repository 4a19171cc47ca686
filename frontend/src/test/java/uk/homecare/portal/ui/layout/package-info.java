/** Tests that every view renders for the roles that may see it. */
@NullMarked
package uk.homecare.portal.ui.layout;

import org.jspecify.annotations.NullMarked;
