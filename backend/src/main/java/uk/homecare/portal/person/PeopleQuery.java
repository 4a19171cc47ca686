package uk.homecare.portal.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search of the register asks for, as a condition on {@code pe} (the person table): digits
 * (spaces allowed) are the start of an NHS number, a full postcode or a postcode district (the outward
 * code) is where people live, anything else is words each found somewhere in the name, in any case.
 */
record PeopleQuery(String condition, List<Object> parameters) {

    private static final Pattern DIGITS = Pattern.compile("[0-9 ]+");
    private static final Pattern DISTRICT = Pattern.compile("[A-Za-z]{1,2}[0-9][A-Za-z0-9]?");
    private static final Pattern POSTCODE = Pattern.compile("[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}");

    static PeopleQuery of(String q) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            return new PeopleQuery("", List.of());
        }
        if (DIGITS.matcher(text).matches()) {
            return new PeopleQuery(" and pe.nhs_number like ?", List.of(text.replace(" ", "") + "%"));
        }
        if (POSTCODE.matcher(text).matches()) {
            return new PeopleQuery(" and pe.postcode = ?", List.of(Postcode.normalise(text)));
        }
        if (DISTRICT.matcher(text).matches()) {
            return new PeopleQuery(" and split_part(pe.postcode, ' ', 1) = ?", List.of(text.toUpperCase(Locale.ROOT)));
        }
        StringBuilder condition = new StringBuilder();
        List<Object> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            condition.append(" and strpos(lower(pe.given_name || ' ' || pe.family_name), lower(?)) > 0");
            words.add(word);
        }
        return new PeopleQuery(condition.toString(), List.copyOf(words));
    }
}
