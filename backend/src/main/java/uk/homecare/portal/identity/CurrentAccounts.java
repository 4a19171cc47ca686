package uk.homecare.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.homecare.portal.api.identity.Role;
import uk.homecare.portal.api.problem.ProblemType;
import uk.homecare.portal.platform.Sql;
import uk.homecare.portal.platform.problem.Problems;
import uk.homecare.portal.platform.problem.RequestLanguage;

/**
 * A token speaks for its account only while the account is as it was when the token was issued: on every
 * request with a token, one primary-key look-up refuses it (401) once the account is deactivated, its role
 * changed or its password reset (each bumps {@code session_version}), or the partner system's client disabled.
 * So such a change takes effect on the next request, not when the token expires.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CurrentAccounts implements Ordered {

    private static final String PERSON = "select enabled, role, session_version, language from app_user where id = ?";
    private static final String CLIENT = "select enabled from api_client where id = ?";

    private final Sql sql;

    CurrentAccounts(Sql sql) {
        this.sql = sql;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> refuseChangedAccounts(HttpRequest<?> request) {
        var authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty() || current(authentication.get(), request)) {
            return null;
        }
        return Problems.response(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED, Problems.message("session.ended"), List.of());
    }

    /** Whether the token still speaks for its account; a person's chosen language is noted on the request meanwhile. */
    boolean current(Authentication authentication, HttpRequest<?> request) {
        Map<String, Object> claims = authentication.getAttributes();
        Object id = claims.get(Actor.USER_ID);
        if (id == null || authentication.getRoles().size() != 1) {
            return false;
        }
        UUID account = UUID.fromString(id.toString());
        String role = authentication.getRoles().iterator().next();
        if (Role.NHS_PARTNER.name().equals(role)) {
            return sql.one(CLIENT, row -> row.getBoolean(1), account).orElse(false);
        }
        int version = claims.get(Actor.SESSION) instanceof Number number ? number.intValue() : 0;
        return sql.one(PERSON, row -> {
            request.setAttribute(RequestLanguage.PREFERENCE, row.getString("language"));
            return row.getBoolean("enabled") && role.equals(row.getString("role")) && row.getInt("session_version") == version;
        }, account).orElse(false);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
