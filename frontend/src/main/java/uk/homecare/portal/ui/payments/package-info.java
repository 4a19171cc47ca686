/**
 * Paying providers in the UI: the commissioner's Payments page (build a provider's schedule for a period, review its
 * exceptions, finalise, correct, download the finance CSV) and the provider's Remittances page.
 */
@NullMarked
package uk.homecare.portal.ui.payments;

import org.jspecify.annotations.NullMarked;
