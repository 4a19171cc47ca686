package uk.homecare.portal.api.consent;

/** Who recorded the consent: the person themself, or their council on the person's word. */
public enum ConsentBasis {
    PERSON,
    COUNCIL
}
