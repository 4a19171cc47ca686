package uk.homecare.portal.ui.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.audit.AuditAction;
import uk.homecare.portal.api.audit.AuditEntry;
import uk.homecare.portal.api.audit.AuditEntryPage;
import uk.homecare.portal.api.brokerage.OpenStageRule;
import uk.homecare.portal.api.council.CouncilSettings;
import uk.homecare.portal.api.identity.Bearer;
import uk.homecare.portal.ui.client.CouncilClient;

/**
 * The council's settings and audit trail in memory: the settings move on a version with each change (a
 * test refuses a stale one with {@link #failNext}), and each page or CSV asked for is recorded with its filter.
 */
@Singleton
@Replaces(CouncilClient.class)
@Requires(env = KaribuUi.ENVIRONMENT)
public class FakeCouncilClient extends FakeApi implements CouncilClient {

    /** A filter asked for, with the page and size for a page (both -1 for a CSV). */
    public record Asked(UUID person, String carePackage, String actor, AuditAction action, LocalDate from, LocalDate to, int page, int size) {}

    public CouncilSettings settings;
    public final List<AuditEntry> entries = new ArrayList<>();
    public final List<Asked> asked = new ArrayList<>();
    public String csv = "\"id\"\r\n";

    public void reset() {
        forgetCalls();
        settings = new CouncilSettings(30, 1440, 1440, 2880, OpenStageRule.COMMISSIONER_AWARDS, 14, "en", false,
                "Coventry City Council", 3, 5, 14, 336, 48, 4);
        entries.clear();
        asked.clear();
    }

    @Override
    public CouncilSettings showCouncilSettings(Bearer caller) {
        call(caller, null);
        return settings;
    }

    @Override
    public CouncilSettings changeCouncilSettings(Bearer caller, CouncilSettings changed) {
        call(caller, changed);
        settings = new CouncilSettings(changed.minVisitMinutes(), changed.primaryWindowMinutes(), changed.secondaryWindowMinutes(),
                changed.openWindowMinutes(), changed.openStageRule(), changed.handBackNoticeDays(), changed.language(),
                changed.mfaRequired(), changed.emailSenderName(), changed.version() + 1, changed.variationResponseDays(),
                changed.hospitalHoldDays() == null ? settings.hospitalHoldDays() : changed.hospitalHoldDays(),
                changed.routineWindowHours() == null ? settings.routineWindowHours() : changed.routineWindowHours(),
                changed.urgentWindowHours() == null ? settings.urgentWindowHours() : changed.urgentWindowHours(),
                changed.fastTrackWindowHours() == null ? settings.fastTrackWindowHours() : changed.fastTrackWindowHours());
        return settings;
    }

    @Override
    public AuditEntryPage listAuditEvents(Bearer caller, UUID person, String carePackage, String actorName, AuditAction action,
            LocalDate from, LocalDate to, int page, int size) {
        call(caller, null);
        asked.add(new Asked(person, carePackage, actorName, action, from, to, page, size));
        int first = Math.min(page * size, entries.size());
        return new AuditEntryPage(entries.subList(first, Math.min(first + size, entries.size())), page, size, entries.size());
    }

    @Override
    public String exportAuditEvents(Bearer caller, UUID person, String carePackage, String actorName, AuditAction action,
            LocalDate from, LocalDate to) {
        call(caller, null);
        asked.add(new Asked(person, carePackage, actorName, action, from, to, -1, -1));
        return csv;
    }
}
