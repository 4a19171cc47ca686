/** Tests of the person register: one person per NHS number, the merge of duplicates, and the paged people API. */
@NullMarked
package uk.homecare.portal.person;

import org.jspecify.annotations.NullMarked;
