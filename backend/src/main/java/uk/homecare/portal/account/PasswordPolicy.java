package uk.homecare.portal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;

/**
 * Passwords as the NCSC advises: length over composition. At least {@value #MIN_LENGTH} characters (long enough
 * for three random words, the NCSC's suggestion), at most {@value #MAX_LENGTH} (Argon2 takes any length, but a
 * bound keeps hashing cheap), any characters, no rules about digits or symbols, and not one of the commonly
 * used passwords shipped with the portal (compared in lower case).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 256;
    private static final String LIST = "/passwords/common-passwords.txt";

    private PasswordPolicy() {}

    /** Refuses the password, naming {@code field}, unless it may be used. */
    static void check(String field, String password) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw PortalProblem.invalid(field, Problems.message("password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            throw PortalProblem.invalid(field, Problems.message("password.too-long", MAX_LENGTH));
        }
        if (isCommon(password)) {
            throw PortalProblem.invalid(field, Problems.message("password.common"));
        }
    }

    static boolean isCommon(String password) {
        return Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Read once, on first use. */
    private static final class Common {
        static final Set<String> PASSWORDS = read();

        private static Set<String> read() {
            Set<String> passwords = new HashSet<>(80_000);
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords is missing: " + LIST);
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
