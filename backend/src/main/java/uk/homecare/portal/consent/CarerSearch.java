package uk.homecare.portal.consent;

import static uk.homecare.portal.platform.Sql.uuid;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import uk.homecare.portal.api.consent.CarerAccount;
import uk.homecare.portal.identity.Actor;
import uk.homecare.portal.platform.Sql;

/**
 * Finds the council's carer accounts to choose from when recording a consent: words each found in the
 * name or username, in any case. A carer without an account is invited first (by e-mail, elsewhere), then
 * chosen here.
 */
@Singleton
class CarerSearch {

    static final int LIMIT = 50;

    private final Sql sql;

    CarerSearch(Sql sql) {
        this.sql = sql;
    }

    List<CarerAccount> find(Actor actor, String q) {
        StringBuilder condition = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        parameters.add(actor.homeCouncil());
        String text = q == null ? "" : q.strip();
        if (!text.isEmpty()) {
            for (String word : text.split("\\s+")) {
                condition.append(" and strpos(lower(u.display_name || ' ' || u.username), lower(?)) > 0");
                parameters.add(word);
            }
        }
        parameters.add(LIMIT);
        return sql.list("""
                select u.id, u.display_name, u.username from app_user u
                 where u.role = 'CARER' and u.enabled and u.council_id = ?%s
                 order by u.display_name, u.username limit ?""".formatted(condition),
                row -> new CarerAccount(uuid(row, "id"), row.getString("display_name"), row.getString("username")), parameters.toArray());
    }
}
