package uk.homecare.portal.consent;

import static uk.homecare.portal.platform.Sql.date;
import static uk.homecare.portal.platform.Sql.uuid;

import io.micronaut.core.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.consent.Consent;
import uk.homecare.portal.api.consent.ConsentAction;
import uk.homecare.portal.api.consent.ConsentBasis;
import uk.homecare.portal.api.consent.ConsentStatus;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.platform.Sql;

/** A consent as stored, and how it reads on the wire for a caller on a given day. */
record ConsentRows(UUID id, UUID councilId, NamedRef person, NamedRef carer, LocalDate startsOn, @Nullable LocalDate endsOn,
                   ConsentBasis basis, Instant recordedAt, @Nullable NamedRef recordedBy, @Nullable Instant revokedAt,
                   @Nullable NamedRef revokedBy) {

    static final String SELECT = """
            select cc.id, cc.council_id, cc.person_id, pe.given_name || ' ' || pe.family_name as person_name,
                   cc.carer_id, u.display_name as carer_name, cc.starts_on, cc.ends_on, cc.basis, cc.granted_at, cc.revoked_at,
                   cc.recorded_by, rec.display_name as recorded_by_name, cc.revoked_by, rev.display_name as revoked_by_name
              from carer_consent cc
              join person pe on pe.id = cc.person_id
              join app_user u on u.id = cc.carer_id
              left join app_user rec on rec.id = cc.recorded_by
              left join app_user rev on rev.id = cc.revoked_by
            """;

    static final String ORDER = " order by cc.revoked_at nulls first, cc.starts_on desc, u.display_name, cc.id";

    /** Where it stands on {@code today}. */
    ConsentStatus status(LocalDate today) {
        if (revokedAt != null) {
            return ConsentStatus.REVOKED;
        }
        if (today.isBefore(startsOn)) {
            return ConsentStatus.UPCOMING;
        }
        return endsOn != null && today.isAfter(endsOn) ? ConsentStatus.ENDED : ConsentStatus.STANDING;
    }

    /** Not revoked and not past its last day: it stands now or will. */
    boolean live(LocalDate today) {
        ConsentStatus status = status(today);
        return status == ConsentStatus.STANDING || status == ConsentStatus.UPCOMING;
    }

    Consent toConsent(LocalDate today, List<ConsentAction> actions) {
        return new Consent(id, person, carer, startsOn, endsOn, basis, status(today), recordedAt, recordedBy, revokedAt, revokedBy, actions);
    }

    static ConsentRows read(ResultSet row) throws SQLException {
        return new ConsentRows(uuid(row, "id"), uuid(row, "council_id"),
                new NamedRef(uuid(row, "person_id"), row.getString("person_name")),
                new NamedRef(uuid(row, "carer_id"), row.getString("carer_name")),
                date(row, "starts_on"), date(row, "ends_on"), ConsentBasis.valueOf(row.getString("basis")),
                Sql.instant(row, "granted_at"), ref(row, "recorded_by"), Sql.instant(row, "revoked_at"), ref(row, "revoked_by"));
    }

    @Nullable
    private static NamedRef ref(ResultSet row, String column) throws SQLException {
        UUID id = uuid(row, column);
        return id == null ? null : new NamedRef(id, row.getString(column + "_name"));
    }
}
