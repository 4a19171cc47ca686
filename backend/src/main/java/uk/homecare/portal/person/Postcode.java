package uk.homecare.portal.person;

import java.util.Locale;

/** UK postcodes, written the one way the portal stores them, and their district (the outward code). */
public final class Postcode {

    private Postcode() {}

    /** "cv56zq" and "CV5 6ZQ" both become "CV5 6ZQ". */
    public static String normalise(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** The outward code ("CV5" of "CV5 6ZQ"): all a provider may know of where a person lives before award. */
    public static String district(String postcode) {
        String normalised = normalise(postcode);
        return normalised.substring(0, normalised.indexOf(' '));
    }
}
