package uk.homecare.portal.capacity;

import org.jspecify.annotations.Nullable;

/**
 * The policy for stating how the number of active providers changed in a year. A percentage is a share
 * of the number a year ago, so a council with no providers a year ago (a new framework, or no history
 * recorded) has no percentage at all: it reads "none a year ago", never "+0%". A fall of
 * {@link #FALL_WARNING_PERCENT}% or more is warned of; a rise from nothing is not a fall.
 */
record ProviderCountChange(int now, int yearAgo) {

    /** A fall of this share of providers or more within 12 months is warned of. */
    static final int FALL_WARNING_PERCENT = 5;

    /** The change as a whole percentage of the number a year ago, rounded; null when there were none a year ago. */
    @Nullable Integer percent() {
        if (yearAgo == 0) {
            return null;
        }
        return Math.round((now - yearAgo) * 100f / yearAgo);
    }

    boolean fallWarning() {
        return yearAgo > 0 && (yearAgo - now) * 100 >= FALL_WARNING_PERCENT * yearAgo;
    }
}
