/** UI tests of paying providers: the commissioner's Payments page and the provider's Remittances page. */
@NullMarked
package uk.homecare.portal.ui.payments;

import org.jspecify.annotations.NullMarked;
