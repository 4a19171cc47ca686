package uk.homecare.portal.api.reference;

/** The people a lot's care is for. */
public enum ServiceCategory {
    OLDER_PEOPLE,
    PHYSICAL_DISABILITY,
    CHILDREN,
    LEARNING_DISABILITY,
    MENTAL_HEALTH,
    GENERAL
}
