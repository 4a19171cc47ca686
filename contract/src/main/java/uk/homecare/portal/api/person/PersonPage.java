package uk.homecare.portal.api.person;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of a search of the register, ordered by family name, given name and id. {@code page}
 * counts from 0; {@code total} is how many people the search found, so the last page is
 * {@code (total - 1) / size}.
 */
@Serdeable
public record PersonPage(
        List<Person> items,
        @Schema(example = "0") int page,
        @Schema(example = "25") int size,
        @Schema(example = "3701") long total) {}
