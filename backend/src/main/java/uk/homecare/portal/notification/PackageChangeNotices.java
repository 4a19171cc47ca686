package uk.homecare.portal.notification;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.platform.Sql;

/**
 * Tells everyone concerned of a package's pauses and endings, in the caller's transaction and each in their own
 * language: the council's commissioners when the provider reports an admission, discharge or ending (and when a
 * hold period passes), the provider's staff when the council confirms or rejects it, and the person and their carers
 * (those whose consent stands today) when their care is suspended, resumed or ended. A notification in each inbox
 * and, for whoever has an e-mail address, an e-mail; the texts name the package by its reference and the council and
 * provider by name, never the person.
 */
@Singleton
public class PackageChangeNotices {

    private record Facts(String reference, String councilName, @Nullable String providerName) {}

    private static final String COMMISSIONERS = "u.role = 'COMMISSIONER' and u.council_id = p.council_id";
    private static final String PROVIDER = "u.role = 'PROVIDER' and u.organisation_id = p.awarded_provider_id";
    private static final String PERSON = """
            (u.role = 'SERVICE_USER' and u.person_id = p.person_id)
             or (u.role = 'CARER' and exists (select 1 from carer_consent cc
                                               where cc.carer_id = u.id and cc.person_id = p.person_id and cc.revoked_at is null
                                                 and cc.starts_on <= ?::date and (cc.ends_on is null or cc.ends_on >= ?::date)))""";

    private static final String TELL = """
            with told as (
                insert into notification (user_id, council_id, kind, message_key, message_args, package_id, created_at)
                select u.id, p.council_id, 'PACKAGE_CHANGE', ?, ?::text[], case when ? then p.id end, ?::timestamptz
                  from care_package p
                  join app_user u on u.enabled and (%s)
                 where p.id = ?
                returning id, user_id, message_key, message_args
            )
            select t.id, t.message_key, t.message_args, u.email, u.language
              from told t join app_user u on u.id = t.user_id""";

    private final Sql sql;
    private final Clock clock;

    PackageChangeNotices(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** The provider reported {@code kind} (ADMISSION, DISCHARGE, ENDING) on {@code on}: the council's commissioners are told. */
    public int reported(UUID packageId, String kind, LocalDate on, Instant now) {
        Facts f = facts(packageId);
        return tell(packageId, COMMISSIONERS, "package.change.reported." + kind,
                List.of(f.reference(), nonNull(f.providerName()), on.toString()), true, now);
    }

    /** The council rejected what the provider reported: its staff are told (the reason is on the package, not in e-mails). */
    public int rejected(UUID packageId, String kind, Instant now) {
        Facts f = facts(packageId);
        return tell(packageId, PROVIDER, "package.change.rejected." + kind, List.of(f.reference(), f.councilName()), true, now);
    }

    /**
     * The package was {@code what} (SUSPENDED, RESUMED, ENDED) from {@code on}: the provider's staff (told the council
     * confirmed it, or recorded it), and the person and their carers.
     */
    public int careChanged(UUID packageId, String what, LocalDate on, boolean reportedByProvider, Instant now) {
        Facts f = facts(packageId);
        int told = tell(packageId, PROVIDER, (reportedByProvider ? "package.change.confirmed." : "package.change.recorded.") + what,
                List.of(f.reference(), f.councilName(), on.toString()), true, now);
        return told + tell(packageId, PERSON, "care." + what, List.of(nonNull(f.providerName()), on.toString(), f.councilName()),
                false, now);
    }

    /** The council's hold period passed with the package still suspended: the commissioners and the provider's staff are told. */
    public int holdPassed(UUID packageId, LocalDate suspendedOn, int holdDays, Instant now) {
        Facts f = facts(packageId);
        List<String> args = List.of(f.reference(), suspendedOn.toString(), String.valueOf(holdDays), f.councilName());
        return tell(packageId, COMMISSIONERS, "package.hold-passed", args, true, now)
                + tell(packageId, PROVIDER, "package.hold-passed.provider", args, true, now);
    }

    private int tell(UUID packageId, String who, String key, List<String> args, boolean linkPackage, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(key, args, linkPackage, now));
        if (who.equals(PERSON)) {
            LocalDate today = UkTime.today(clock);
            parameters.add(today);
            parameters.add(today);
        }
        parameters.add(packageId);
        List<Told> told = sql.list(TELL.formatted(who), Told::of, parameters.toArray());
        Told.queueEmails(sql, told, now);
        return told.size();
    }

    private Facts facts(UUID packageId) {
        return sql.one("""
                select p.reference, c.name as council_name, o.name as provider_name
                  from care_package p join council c on c.id = p.council_id left join organisation o on o.id = p.awarded_provider_id
                 where p.id = ?""",
                row -> new Facts(row.getString("reference"), row.getString("council_name"), row.getString("provider_name")), packageId)
                .orElseThrow();
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
