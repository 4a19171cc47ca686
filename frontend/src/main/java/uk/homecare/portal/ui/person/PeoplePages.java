package uk.homecare.portal.ui.person;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.person.PeopleOperations;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonPage;
import uk.homecare.portal.ui.client.PeopleClient;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * Reads the register for a lazy grid or combo box. Vaadin asks for any offset and limit; the API
 * answers whole pages, so this reads the pages that cover them. Nothing is capped: the last person is
 * as reachable as the first. A failed read gives nothing, and the person has been told why.
 */
@Singleton
public class PeoplePages {

    /** The API's page size for every read here; grids and combo boxes ask for the same, so one read serves one request. */
    public static final int PAGE_SIZE = 50;

    private final PeopleClient client;
    private final ApiCaller api;

    PeoplePages(PeopleClient client, ApiCaller api) {
        this.client = client;
        this.api = api;
    }

    /** At most {@code limit} people found by {@code search}, from the {@code offset}th. */
    public List<Person> fetch(String search, int offset, int limit) {
        String q = query(search);
        List<Person> found = new ArrayList<>();
        int page = offset / PAGE_SIZE;
        int skip = offset % PAGE_SIZE;
        while (found.size() < limit) {
            int pageNumber = page;
            Optional<PersonPage> read = api.fetch(caller -> client.listPeople(caller, q, pageNumber, PAGE_SIZE));
            if (read.isEmpty()) {
                break;
            }
            List<Person> items = read.get().items();
            found.addAll(items.subList(Math.min(skip, items.size()), items.size()));
            if (items.size() < PAGE_SIZE) {
                break;
            }
            page++;
            skip = 0;
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /** How many people {@code search} finds. */
    public int count(String search) {
        String q = query(search);
        return api.fetch(caller -> client.listPeople(caller, q, 0, 1))
                .map(page -> (int) Math.min(page.total(), Integer.MAX_VALUE))
                .orElse(0);
    }

    /** One person of the council, by id. */
    public Optional<Person> one(UUID id) {
        return api.fetch(caller -> client.showPerson(caller, id));
    }

    /** What is sent as {@code q}: nothing for an empty search, and never more than the API takes. */
    static String query(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String q = search.strip();
        return q.length() > PeopleOperations.MAX_QUERY_LENGTH ? q.substring(0, PeopleOperations.MAX_QUERY_LENGTH) : q;
    }
}
