package uk.homecare.portal.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** How many failed sign-ins in a row lock an account, and for how long. */
@ConfigurationProperties("portal.sign-in")
record SignInPolicy(int maxFailures, Duration lockFor) {

    SignInPolicy {
        if (maxFailures < 1) {
            maxFailures = 5;
        }
        if (lockFor == null) {
            lockFor = Duration.ofMinutes(15);
        }
    }
}
