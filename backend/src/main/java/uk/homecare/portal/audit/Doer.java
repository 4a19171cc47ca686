package uk.homecare.portal.audit;

import java.util.UUID;
import uk.homecare.portal.api.identity.Role;

/**
 * Whoever did what the trail records, as far as the trail needs to know them. Identity's actor is
 * one; the trail asks no more of it, so that identity may record to the trail without a cycle.
 */
public interface Doer {

    UUID id();

    String username();

    Role role();
}
