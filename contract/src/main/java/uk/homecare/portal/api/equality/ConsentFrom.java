package uk.homecare.portal.api.equality;

/**
 * Who consented to the equality answers being recorded: the person themself, or someone entitled to speak for them (a
 * carer, an attorney or a deputy) on their behalf. The council's commissioner records the answers and notes which.
 */
public enum ConsentFrom {
    PERSON,
    REPRESENTATIVE
}
