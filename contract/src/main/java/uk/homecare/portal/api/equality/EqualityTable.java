package uk.homecare.portal.api.equality;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The report's packages grouped one way: a row for each group of the dimension, every group listed, in its order. */
@Serdeable
public record EqualityTable(EqualityDimension by, List<EqualityRow> rows) {}
