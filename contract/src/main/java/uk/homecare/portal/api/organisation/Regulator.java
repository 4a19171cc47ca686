package uk.homecare.portal.api.organisation;

/**
 * The regulator of a care provider: the Care Quality Commission in England, Care Inspectorate Wales in
 * Wales. Each writes its identifiers its own way, so each has its own pattern.
 */
public enum Regulator {
    /** Care Quality Commission: provider and location ids read {@code 1-} and 9 to 11 digits, such as {@code 1-101234567}. */
    CQC("^1-[0-9]{9,11}$"),
    /** Care Inspectorate Wales: service ids read {@code SIN-}, 8 digits, {@code -} and 4 capitals, such as {@code SIN-00012345-ABCD}. */
    CIW("^SIN-[0-9]{8}-[A-Z]{4}$");

    /** Either regulator's identifier: the form's first check; {@link #pattern()} then holds it to the regulator chosen. */
    public static final String ANY_ID = "^(1-[0-9]{9,11}|SIN-[0-9]{8}-[A-Z]{4})$";

    private final String pattern;

    Regulator(String pattern) {
        this.pattern = pattern;
    }

    public String pattern() {
        return pattern;
    }

    public boolean accepts(String id) {
        return id.matches(pattern);
    }

    /** The regulator of a council's nation ({@code ENGLAND} or {@code WALES}). */
    public static Regulator ofNation(String nation) {
        return "WALES".equals(nation) ? CIW : CQC;
    }
}
