package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonForm;
import uk.homecare.portal.api.person.PersonPage;
import uk.homecare.portal.ui.client.PeopleClient;

/**
 * The council's register in memory, searched as the API searches it (digits: the start of an NHS number;
 * a postcode district; otherwise words in the name) and paged the same way, recording every page asked
 * for. Coventry's people are the fake identities Sue, Mary and Tom; a test adds as many more as it needs.
 */
@Singleton
@Replaces(PeopleClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakePeopleClient extends FakeApi implements PeopleClient {

    /** A page of a search asked for. */
    public record PageAsked(String q, int page, int size) {}

    public final List<Person> people = new ArrayList<>();
    public final List<PageAsked> pagesAsked = new ArrayList<>();
    public UUID lastPersonId;
    private final FakeIdentityClient identity;

    public FakePeopleClient(FakeIdentityClient identity) {
        this.identity = identity;
    }

    /** As the API's {@code @Secured}: only the council's staff use the register. */
    private void requireCouncilStaff(Bearer caller) {
        Role role = identity.me(caller).role();
        if (role != Role.COMMISSIONER && role != Role.ADMIN) {
            throw forbidden();
        }
    }

    public void reset() {
        people.clear();
        pagesAsked.clear();
        lastPersonId = null;
        forgetCalls();
        people.add(of(FakeIdentityClient.SUE, "9434765919", "CV1 3BH"));
        people.add(of(FakeIdentityClient.MARY, "9434765927", "CV5 6ZQ"));
        people.add(of(FakeIdentityClient.TOM, null, "CV5 7AB"));
    }

    /** A person of the register named as a fake identity is ("Sue Smith"). */
    public static Person of(NamedRef who, String nhsNumber, String postcode) {
        String[] names = who.name().split(" ", 2);
        return new Person(who.id(), names[0], names[1], LocalDate.of(1940, 3, 14), nhsNumber, "1 Test Row", postcode, 0);
    }

    /** Adds {@code count} people named Given Zz-0001 to Zz-{count}, after everyone else in the register's order. */
    public List<Person> addMany(int count) {
        List<Person> added = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            added.add(new Person(UUID.randomUUID(), "Given", "Zz-%04d".formatted(n), LocalDate.of(1930, 1, 1).plusDays(n), null,
                    n + " Long Lane", "CV47 1AB", 0));
        }
        people.addAll(added);
        return added;
    }

    /** A person of the register as it now holds them, without counting as a call. */
    public Person person(UUID id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(FakeApi::notFound);
    }

    private List<Person> found(String q) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        return people.stream()
                .filter(p -> text.isEmpty() || matches(p, text))
                .sorted(Comparator.comparing(Person::familyName).thenComparing(Person::givenName).thenComparing(p -> p.id().toString()))
                .toList();
    }

    private static boolean matches(Person person, String text) {
        if (text.matches("[0-9 ]+")) {
            return person.nhsNumber() != null && person.nhsNumber().startsWith(text.replace(" ", ""));
        }
        if (text.matches("[a-z]{1,2}[0-9][a-z0-9]?")) {
            return person.postcode() != null && person.postcode().toLowerCase(Locale.ROOT).startsWith(text + " ");
        }
        String name = (person.givenName() + " " + person.familyName()).toLowerCase(Locale.ROOT);
        for (String word : text.split("\\s+")) {
            if (!name.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PersonPage listPeople(Bearer caller, String q, int page, int size) {
        call(caller, null);
        requireCouncilStaff(caller);
        pagesAsked.add(new PageAsked(q, page, size));
        List<Person> all = found(q);
        int from = Math.min(page * size, all.size());
        return new PersonPage(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }

    @Override
    public Person showPerson(Bearer caller, UUID id) {
        call(caller, null);
        requireCouncilStaff(caller);
        lastPersonId = id;
        return person(id);
    }

    @Override
    public Person correctPerson(Bearer caller, UUID id, PersonForm form) {
        call(caller, form);
        requireCouncilStaff(caller);
        lastPersonId = id;
        Person current = person(id);
        if (form.version() != current.version()) {
            throw conflict("Someone else changed this person since you loaded them.");
        }
        var corrected = new Person(id, form.givenName(), form.familyName(), form.dateOfBirth(), form.nhsNumber(), form.addressLine(),
                form.postcode(), current.version() + 1, form.language() == null ? current.language() : form.language());
        people.replaceAll(p -> p.id().equals(id) ? corrected : p);
        return corrected;
    }
}
