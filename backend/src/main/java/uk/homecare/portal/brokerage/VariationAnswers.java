package uk.homecare.portal.brokerage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.VariationStatus;
import uk.homecare.portal.platform.Sql;

/**
 * What answering a variation shares: locking it (after its package, always in that order, so answers, withdrawals,
 * cancellations and the job never deadlock) and refusing it unless still PROPOSED; and applying accepted terms.
 */
final class VariationAnswers {

    record Proposed(UUID id, Instant respondBy, LocalDate effectiveFrom) {}

    private VariationAnswers() {}

    /** The variation of this package, locked; 404 if it is not the package's, 409 if it is no longer PROPOSED. */
    static Proposed lockProposed(Sql sql, UUID variation, UUID packageId) {
        record Row(VariationStatus status, Proposed proposed) {}
        Row row = sql.one("select status, respond_by, effective_from from package_variation where id = ? and package_id = ? for update",
                r -> new Row(VariationStatus.valueOf(r.getString("status")),
                        new Proposed(variation, Sql.instant(r, "respond_by"), Sql.date(r, "effective_from"))), variation, packageId)
                .orElseThrow(() -> BrokerageProblems.notFound("brokerage.variation.not-found"));
        if (row.status() != VariationStatus.PROPOSED) {
            throw BrokerageProblems.conflict("brokerage.variation.ended", row.status());
        }
        return row.proposed();
    }

    /**
     * The variation's new terms become the package's terms in force, if it is still awarded to the provider that accepted
     * them (a package handed back and awarded again does not take its old provider's terms); marks it applied either way.
     */
    static void apply(Sql sql, UUID variation, Instant now) {
        sql.update("""
                update care_package p set weekly_minutes = v.new_weekly_minutes, visits_per_day = v.new_visits_per_day,
                       visit_minutes = v.new_visit_minutes, times_of_day = v.new_times_of_day, out_of_hours = v.new_out_of_hours,
                       double_handed = v.new_double_handed, version = p.version + 1
                  from package_variation v
                 where v.id = ? and p.id = v.package_id and p.status = 'AWARDED' and p.awarded_provider_id = v.provider_id""", variation);
        sql.update("update package_variation set applied_at = ? where id = ?", now, variation);
    }
}
