package uk.homecare.portal.ui.person;

import com.vaadin.flow.component.Component;
import java.util.UUID;

/**
 * The seam for inviting a carer who has no account yet (by e-mail): the invitations feature provides a bean of
 * this type, and a person's record shows its button beside the consent form ({@code consent-invite}). Once the
 * carer has accepted, the council finds their account in the consent form's carer search and records the consent.
 */
public interface CarerInviteAction {

    /** The button (or link) that invites a carer for the person; {@code invited} refreshes the person's consents. */
    Component button(UUID personId, Runnable invited);
}
