package uk.homecare.portal.scoring;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import uk.homecare.portal.api.UkTime;
import uk.homecare.portal.api.identity.NamedRef;
import uk.homecare.portal.api.scoring.ProviderFigures;
import uk.homecare.portal.api.scoring.Scorecard;
import uk.homecare.portal.api.scoring.ScorecardMonth;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.PortalProblem;
import uk.homecare.portal.platform.problem.Problems;
import uk.homecare.portal.quality.ProviderRatings;

/**
 * Use case: read a provider's scorecard with a council, the figures its bids are scored by, month by month for the last
 * 12 months: a council's staff read any provider registered with their council, a provider's staff their own, one
 * scorecard for each council it serves.
 */
@Singleton
class Scorecards {

    private final Sql sql;
    private final MonthlyFigures figures;
    private final ProviderRatings ratings;
    private final Clock clock;

    Scorecards(Sql sql, MonthlyFigures figures, ProviderRatings ratings, Clock clock) {
        this.sql = sql;
        this.figures = figures;
        this.ratings = ratings;
        this.clock = clock;
    }

    Scorecard ofCouncilsProvider(Actor actor, UUID provider) {
        UUID council = actor.homeCouncil();
        NamedRef providerRef = sql.one("""
                select o.id, o.name from organisation o join organisation_council oc on oc.organisation_id = o.id
                 where o.id = ? and oc.council_id = ? and o.kind = 'PROVIDER'""", Scorecards::named, provider, council)
                .orElseThrow(() -> PortalProblem.notFound(Problems.message("scoring.provider.not-found")));
        NamedRef councilRef = sql.one("select id, name, name_cy from council where id = ?",
                row -> new NamedRef(Sql.uuid(row, "id"), row.getString("name"), row.getString("name_cy")), council).orElseThrow();
        return scorecard(providerRef, councilRef);
    }

    List<Scorecard> own(Actor actor) {
        UUID provider = actor.homeOrganisation();
        NamedRef providerRef = sql.one("select id, name from organisation where id = ?", Scorecards::named, provider).orElseThrow();
        List<NamedRef> councils = sql.list("""
                select c.id, c.name, c.name_cy from organisation_council oc join council c on c.id = oc.council_id
                 where oc.organisation_id = ? order by c.name, c.id""",
                row -> new NamedRef(Sql.uuid(row, "id"), row.getString("name"), row.getString("name_cy")), provider);
        return councils.stream().map(council -> scorecard(providerRef, council)).toList();
    }

    private Scorecard scorecard(NamedRef provider, NamedRef council) {
        LocalDate today = UkTime.today(clock);
        LocalDate first = today.withDayOfMonth(1).minusMonths(BidScoring.MONTHS - 1);
        List<UUID> providers = List.of(provider.id());
        Map<MonthlyFigures.Key, ProviderFigures> performance = figures.performance(council.id(), providers, first, today);
        Map<MonthlyFigures.Key, MonthlyFigures.Monitoring> monitoring = figures.monitoring(council.id(), providers, first, today);
        MonthlyFigures.OpenActions open = figures.openActions(council.id(), providers, today)
                .getOrDefault(provider.id(), new MonthlyFigures.OpenActions(0, 0));
        List<ScorecardMonth> months = new ArrayList<>();
        ProviderFigures total = ProviderFigures.NONE;
        for (int i = 0; i < BidScoring.MONTHS; i++) {
            LocalDate month = first.plusMonths(i);
            MonthlyFigures.Key key = new MonthlyFigures.Key(provider.id(), month);
            ProviderFigures f = performance.getOrDefault(key, ProviderFigures.NONE);
            MonthlyFigures.Monitoring m = monitoring.getOrDefault(key, new MonthlyFigures.Monitoring(0, 0));
            months.add(new ScorecardMonth(month, f, value(ScoringPolicy.acceptance(f)), value(ScoringPolicy.onTime(f)),
                    value(ScoringPolicy.capacityReporting(f)), m.visits(), m.actions()));
            total = total.plus(f);
        }
        return new Scorecard(provider, council, ratings.ratingsOf(providers).get(provider.id()), open.open(), open.overdue(),
                months, total);
    }

    private static Integer value(OptionalInt percent) {
        return percent.isPresent() ? percent.getAsInt() : null;
    }

    private static NamedRef named(java.sql.ResultSet row) throws java.sql.SQLException {
        return new NamedRef(Sql.uuid(row, "id"), row.getString("name"));
    }
}
