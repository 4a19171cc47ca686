/**
 * The compliance pages: a provider keeps its documents current (upload with type and expiry, list with status and
 * expiry) and marks the actions of councils' monitoring visits done; a commissioner verifies or rejects a provider's
 * documents and records monitoring visits.
 */
@NullMarked
package uk.homecare.portal.ui.compliance;

import org.jspecify.annotations.NullMarked;
