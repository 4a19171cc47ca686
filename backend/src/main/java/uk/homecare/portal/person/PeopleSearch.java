package uk.homecare.portal.person;

import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonPage;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/** Reads the register for the council's staff, a page at a time and always within their own council. */
@Singleton
class PeopleSearch {

    private static final String SELECT = """
            select pe.id, pe.given_name, pe.family_name, pe.date_of_birth, pe.nhs_number, pe.address_line, pe.postcode, pe.version, pe.language
              from person pe
             where pe.council_id = ?""";

    private final Sql sql;

    PeopleSearch(Sql sql) {
        this.sql = sql;
    }

    PersonPage page(Actor actor, String q, int page, int size) {
        PeopleQuery query = PeopleQuery.of(q);
        List<Object> parameters = new ArrayList<>();
        parameters.add(actor.homeCouncil());
        parameters.addAll(query.parameters());
        long total = sql.one("select count(*) from person pe where pe.council_id = ?" + query.condition(),
                row -> row.getLong(1), parameters.toArray()).orElse(0L);
        parameters.add(size);
        parameters.add((long) page * size);
        List<Person> items = sql.list(SELECT + query.condition() + " order by pe.family_name, pe.given_name, pe.id limit ? offset ?",
                PeopleSearch::read, parameters.toArray());
        return new PersonPage(items, page, size, total);
    }

    Person one(Actor actor, UUID id) {
        return sql.one(SELECT + " and pe.id = ?", PeopleSearch::read, actor.homeCouncil(), id).orElseThrow(PersonProblems::notFound);
    }

    private static Person read(ResultSet row) throws SQLException {
        return new Person(uuid(row, "id"), row.getString("given_name"), row.getString("family_name"),
                Sql.date(row, "date_of_birth"), row.getString("nhs_number"), row.getString("address_line"),
                row.getString("postcode"), row.getInt("version"), row.getString("language"));
    }
}
