/**
 * Organisations the portal works with, on the wire: care providers a council registers (with their
 * regulator's identifiers) and NHS partner organisations with their API clients, which the platform
 * administrator manages.
 */
@NullMarked
package uk.homecare.portal.api.organisation;

import org.jspecify.annotations.NullMarked;
