package uk.homecare.portal.chc;

import static uk.homecare.portal.platform.Sql.instant;
import static uk.homecare.portal.platform.Sql.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import uk.homecare.portal.api.brokerage.EndReason;
import uk.homecare.portal.api.brokerage.PackageStatus;
import uk.homecare.portal.api.chc.PartnerEvent;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.platform.Sql;

/**
 * Reads a partner event as the wire shows it, for the feed and for webhooks alike. The row has the
 * partner_event columns plus {@code cursor} (txid-id), the package's {@code reference} and
 * {@code partner_reference}, and {@code awarded_provider_name}.
 */
public final class PartnerEventRows {

    private PartnerEventRows() {}

    public static PartnerEvent read(ResultSet row) throws SQLException {
        UUID provider = uuid(row, "awarded_provider_id");
        String previous = row.getString("previous_status");
        return new PartnerEvent(row.getString("cursor"), row.getString("type"), instant(row, "occurred_at"), uuid(row, "package_id"),
                row.getString("reference"), row.getString("partner_reference"), PackageStatus.valueOf(row.getString("status")),
                previous == null ? null : PackageStatus.valueOf(previous), row.getInt("weekly_minutes"), Sql.date(row, "start_date"),
                provider == null ? null : new NamedRef(provider, row.getString("awarded_provider_name")),
                row.getString("reason") == null ? null : EndReason.valueOf(row.getString("reason")));
    }
}
