package uk.homecare.portal.api.messaging;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A query with its messages, oldest first. */
@Serdeable
public record PackageQuery(QuerySummary query, List<QueryMessage> messages) {

    public PackageQuery {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }
}
