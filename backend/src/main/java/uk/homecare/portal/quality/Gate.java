package uk.homecare.portal.quality;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import uk.homecare.portal.api.quality.GateName;

/**
 * One gate: a named policy that keeps a provider from new offers in a council. It reads the facts it judges for
 * many providers at once ({@link #facts}: one query or two, whatever the number), and judges one provider's facts
 * without reading anything ({@link #judge}: a fast unit test each). A new gate is one more class implementing
 * this (a {@code @Singleton}), one more {@link GateName} and its words; {@link ProviderGates} asks every gate.
 */
interface Gate<F> {

    GateName name();

    /**
     * The facts this gate judges, for the providers registered with {@code councils} ({@code provider}: only that
     * one), by council and provider; a provider left out is judged on no facts ({@code judge(null)}).
     */
    Map<CouncilProvider, F> facts(Set<UUID> councils, @Nullable UUID provider);

    /** Whether a provider with these facts fails the gate, and the facts that say why. */
    Optional<GateFailure> judge(@Nullable F facts);

    /** Why, in the request's language, from the failure's facts. */
    String reason(GateFailure failure);
}
