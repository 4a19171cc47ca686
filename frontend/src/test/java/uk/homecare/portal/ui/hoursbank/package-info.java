/** Tests of the hours bank views for the person, their carer and the commissioner, and of their texts. */
@NullMarked
package uk.homecare.portal.ui.hoursbank;

import org.jspecify.annotations.NullMarked;
