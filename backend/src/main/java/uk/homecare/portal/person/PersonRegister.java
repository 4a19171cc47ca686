package uk.homecare.portal.person;

import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.brokerage.PersonDetails;
import uk.homecare.portal.api.person.Person;
import uk.homecare.portal.api.person.PersonForm;
import uk.homecare.portal.audit.AuditTrail;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * The one place a person's record is written: a council holds one record per NHS number (a unique
 * index is the backstop), found or made when a package names its person, and corrected by the
 * council's staff. Every write is audited with the fields it changed, never their values.
 */
@Singleton
public class PersonRegister {

    private record Known(UUID id, LocalDate dateOfBirth, String addressLine, String postcode) {}

    private final Sql sql;
    private final PeopleSearch search;
    private final AuditTrail audit;

    PersonRegister(Sql sql, PeopleSearch search, AuditTrail audit) {
        this.sql = sql;
        this.search = search;
        this.audit = audit;
    }

    /**
     * The council's record of the person these details describe, in the caller's transaction; errors
     * name the fields as a package form nests them ({@code person.nhsNumber}).
     * <ul>
     * <li>Matched on the NHS number only. A person without one is always a new record: nothing else
     * tells two people of the same name and birthday apart, and merging them would be worse than a
     * duplicate a commissioner can see.
     * <li>When found, a new address and postcode replace the record's (people move, and the newest
     * package is where care goes), and a missing date of birth is filled in. Names are kept: they are
     * corrected on the record ({@link #correct}), not by whichever package came last.
     * <li>A different date of birth is refused: the NHS number is more likely mistyped, and a package
     * linked to the wrong record would show that person's name and address to its provider.
     * </ul>
     */
    public UUID findOrCreate(Actor actor, UUID council, PersonDetails details) {
        String nhsNumber = details.nhsNumber();
        if (nhsNumber != null && !NhsNumber.isValid(nhsNumber)) {
            throw PersonProblems.invalid("person.nhsNumber", "person.nhs-number.invalid");
        }
        if (nhsNumber == null) {
            return add(actor, council, details);
        }
        Optional<Known> known = byNhsNumber(council, nhsNumber);
        if (known.isEmpty()) {
            Optional<UUID> added = insert(council, details, "on conflict (council_id, nhs_number) where nhs_number is not null do nothing");
            if (added.isPresent()) {
                audit.record(actor, council, AuditAction.PERSON_ADDED, "person", added.get(), Map.of());
                return added.get();
            }
            known = byNhsNumber(council, nhsNumber); // added by a transaction that committed while this one waited
        }
        return updateFrom(actor, council, known.orElseThrow(), details);
    }

    /**
     * The person of a draft being edited, in the caller's transaction. A record only that draft names (made for it, with
     * the same NHS number or none) is rewritten with the details as entered: nothing else shows it yet. Otherwise, as
     * {@link #findOrCreate}: a record shared with other packages or accounts keeps its names (corrected on the record).
     */
    public UUID reviseForDraft(Actor actor, UUID council, UUID draft, UUID current, PersonDetails details) {
        String nhsNumber = details.nhsNumber();
        boolean sameNumber = sql.one("select nhs_number is not distinct from ? from person where id = ? for update",
                row -> row.getBoolean(1), nhsNumber, current).orElse(false);
        boolean ownOnly = sameNumber && sql.one("""
                select not exists (select 1 from care_package where person_id = ? and id <> ?)
                   and not exists (select 1 from app_user where person_id = ?)
                   and not exists (select 1 from hours_plan where person_id = ?)""",
                row -> row.getBoolean(1), current, draft, current, current).orElse(false);
        if (!ownOnly) {
            return findOrCreate(actor, council, details);
        }
        Person before = search.one(actor, current);
        sql.update("""
                update person set given_name = ?, family_name = ?, date_of_birth = ?, address_line = ?, postcode = ?, version = version + 1
                 where id = ?""", details.givenName().strip(), details.familyName().strip(), details.dateOfBirth(),
                details.addressLine().strip(), Postcode.normalise(details.postcode()), current);
        List<String> fields = changed(before, search.one(actor, current));
        if (!fields.isEmpty()) {
            audit.record(actor, council, AuditAction.PERSON_UPDATED, "person", current, Map.of("fields", fields, "from", "draft"));
        }
        return current;
    }

    /** A correction by the council's staff: every detail as it should read, against the version they loaded. */
    @Transactional
    Person correct(Actor actor, UUID id, PersonForm form) {
        UUID council = actor.homeCouncil();
        int version = sql.one("select version from person where id = ? and council_id = ? for update", row -> row.getInt(1), id, council)
                .orElseThrow(PersonProblems::notFound);
        if (version != form.version()) {
            throw PersonProblems.stale();
        }
        String nhsNumber = form.nhsNumber();
        if (nhsNumber != null && !NhsNumber.isValid(nhsNumber)) {
            throw PersonProblems.invalid("nhsNumber", "person.nhs-number.invalid");
        }
        if (nhsNumber != null && byNhsNumber(council, nhsNumber).filter(other -> !other.id().equals(id)).isPresent()) {
            throw PersonProblems.invalid("nhsNumber", "person.nhs-number.taken");
        }
        Person before = search.one(actor, id);
        String postcode = Postcode.normalise(form.postcode());
        sql.update("""
                update person set given_name = ?, family_name = ?, date_of_birth = ?, nhs_number = ?, address_line = ?, postcode = ?,
                       language = coalesce(?, language), version = version + 1
                 where id = ?""", form.givenName().strip(), form.familyName().strip(), form.dateOfBirth(), nhsNumber,
                form.addressLine().strip(), postcode, form.language(), id);
        Person after = search.one(actor, id);
        audit.record(actor, council, AuditAction.PERSON_CORRECTED, "person", id, Map.of("fields", changed(before, after)));
        return after;
    }

    private UUID add(Actor actor, UUID council, PersonDetails details) {
        UUID id = insert(council, details, "").orElseThrow();
        audit.record(actor, council, AuditAction.PERSON_ADDED, "person", id, Map.of());
        return id;
    }

    private Optional<UUID> insert(UUID council, PersonDetails details, String onConflict) {
        return sql.one("""
                insert into person (council_id, given_name, family_name, date_of_birth, nhs_number, address_line, postcode)
                values (?, ?, ?, ?, ?, ?, ?) %s returning id""".formatted(onConflict), row -> uuid(row, "id"),
                council, details.givenName().strip(), details.familyName().strip(), details.dateOfBirth(),
                details.nhsNumber(), details.addressLine().strip(), Postcode.normalise(details.postcode()));
    }

    private Optional<Known> byNhsNumber(UUID council, String nhsNumber) {
        return sql.one("""
                select id, date_of_birth, address_line, postcode
                  from person where council_id = ? and nhs_number = ? for update""", PersonRegister::known, council, nhsNumber);
    }

    private UUID updateFrom(Actor actor, UUID council, Known known, PersonDetails details) {
        if (known.dateOfBirth() != null && !known.dateOfBirth().equals(details.dateOfBirth())) {
            throw PersonProblems.invalid("person.dateOfBirth", "person.date-of-birth.differs");
        }
        String addressLine = details.addressLine().strip();
        String postcode = Postcode.normalise(details.postcode());
        List<String> fields = new ArrayList<>();
        if (known.dateOfBirth() == null) {
            fields.add("dateOfBirth");
        }
        if (!addressLine.equals(known.addressLine())) {
            fields.add("addressLine");
        }
        if (!postcode.equals(known.postcode())) {
            fields.add("postcode");
        }
        if (!fields.isEmpty()) {
            sql.update("update person set date_of_birth = ?, address_line = ?, postcode = ?, version = version + 1 where id = ?",
                    details.dateOfBirth(), addressLine, postcode, known.id());
            audit.record(actor, council, AuditAction.PERSON_UPDATED, "person", known.id(), Map.of("fields", fields, "from", "package"));
        }
        return known.id();
    }

    private static List<String> changed(Person before, Person after) {
        List<String> fields = new ArrayList<>();
        noteChange(fields, "addressLine", before.addressLine(), after.addressLine());
        noteChange(fields, "dateOfBirth", before.dateOfBirth(), after.dateOfBirth());
        noteChange(fields, "familyName", before.familyName(), after.familyName());
        noteChange(fields, "givenName", before.givenName(), after.givenName());
        noteChange(fields, "language", before.language(), after.language());
        noteChange(fields, "nhsNumber", before.nhsNumber(), after.nhsNumber());
        noteChange(fields, "postcode", before.postcode(), after.postcode());
        return fields;
    }

    private static void noteChange(List<String> fields, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(field);
        }
    }

    private static Known known(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Known(uuid(row, "id"), Sql.date(row, "date_of_birth"), row.getString("address_line"), row.getString("postcode"));
    }
}
