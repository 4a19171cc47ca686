/**
 * Organisations going live: care providers a council's administrator registers with the council (found or
 * created by regulator id, their shared details kept by their own administrator), and NHS partner
 * organisations with their API clients, which the platform administrator registers across councils.
 */
@NullMarked
package uk.homecare.portal.organisation;

import org.jspecify.annotations.NullMarked;
