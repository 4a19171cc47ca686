package uk.homecare.portal.api.organisation;

/** What the caller may do now with the council's providers, or with one provider organisation. */
public enum ProviderAction {
    /** Register a provider with the council (the list's action). */
    REGISTER,
    /** Change the organisation's address and contact e-mail (its own administrator). */
    EDIT,
    /** End the provider's registration with the council. */
    UNLINK
}
