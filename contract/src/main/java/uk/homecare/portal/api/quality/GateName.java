package uk.homecare.portal.api.quality;

/**
 * The gates a council may keep providers out of new offers by. Each is one policy in the backend's
 * {@code quality} package; a new gate is one more value here and one more class there.
 */
public enum GateName {
    /** The provider's rating is below the council's minimum (or it has none and the council does not take unrated providers). */
    MINIMUM_RATING,
    /** The council has suspended the provider, saying why. */
    SUSPENDED_BY_COUNCIL,
    /** The provider's public or employer's liability insurance on file has expired (its expiry day has come). */
    INSURANCE_EXPIRED
}
