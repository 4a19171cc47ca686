package uk.homecare.portal.ui.forms;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Collection;
import java.util.Objects;
import java.util.UUID;

/** A field shows a choice (a zone, a lot, a provider); the form sends its id. */
public final class ToId<T> implements Converter<T, UUID> {

    private final SerializableFunction<T, UUID> id;
    private final SerializableSupplier<Collection<T>> choices;

    public ToId(SerializableFunction<T, UUID> id, SerializableSupplier<Collection<T>> choices) {
        this.id = id;
        this.choices = choices;
    }

    @Override
    public Result<UUID> convertToModel(T value, ValueContext context) {
        return Result.ok(value == null ? null : id.apply(value));
    }

    @Override
    public T convertToPresentation(UUID value, ValueContext context) {
        return value == null
                ? null
                : choices.get().stream().filter(c -> Objects.equals(id.apply(c), value)).findFirst().orElse(null);
    }
}
