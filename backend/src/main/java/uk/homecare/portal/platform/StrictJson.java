package uk.homecare.portal.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON is read as it is written, with no coercion: a number field takes a JSON number with no fraction within
 * its range, a true/false field a JSON boolean, a text field a JSON string (with no lone UTF-16 surrogate, which
 * no text can hold). {@code false} is not 0, {@code "270000"} is not a number, {@code 123} is not text. A list
 * left out or given as null is no list, not an empty one, and a null item stays in it, so that validation refuses
 * both where the record says so. Each refusal names the field, through the body binding's problem.
 */
@Factory
final class StrictJson {

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Singleton
    @Order(-100)
    Deserializer<String> strings() {
        return new Deserializer<>() {
            @Override
            public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
                JsonNode node = decoder.decodeNode();
                if (!node.isString()) {
                    throw decoder.createDeserializationException("must be text (a JSON string)", null);
                }
                String text = node.getStringValue();
                if (hasLoneSurrogate(text)) {
                    throw decoder.createDeserializationException("must be text without lone UTF-16 surrogates", null);
                }
                return text;
            }

            @Override
            public boolean allowNull() {
                return true;
            }
        };
    }

    @Singleton
    @Order(-100)
    Deserializer<Integer> integers() {
        return new Deserializer<>() {
            @Override
            public Integer deserialize(Decoder decoder, DecoderContext context, Argument<? super Integer> type) throws IOException {
                return whole(decoder, INT_MIN, INT_MAX).intValueExact();
            }

            @Override
            public boolean allowNull() {
                return true;
            }
        };
    }

    @Singleton
    @Order(-100)
    Deserializer<Long> longs() {
        return new Deserializer<>() {
            @Override
            public Long deserialize(Decoder decoder, DecoderContext context, Argument<? super Long> type) throws IOException {
                return whole(decoder, LONG_MIN, LONG_MAX).longValueExact();
            }

            @Override
            public boolean allowNull() {
                return true;
            }
        };
    }

    @Singleton
    @Order(-100)
    Deserializer<Boolean> booleans() {
        return new Deserializer<>() {
            @Override
            public Boolean deserialize(Decoder decoder, DecoderContext context, Argument<? super Boolean> type) throws IOException {
                JsonNode node = decoder.decodeNode();
                if (!node.isBoolean()) {
                    throw decoder.createDeserializationException("must be true or false (a JSON boolean)", null);
                }
                return node.getBooleanValue();
            }

            @Override
            public boolean allowNull() {
                return true;
            }
        };
    }

    @Singleton
    @Order(-100)
    Deserializer<LocalDate> dates() {
        return new Deserializer<>() {
            @Override
            public LocalDate deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalDate> type) throws IOException {
                String text = isoText(decoder, "must be a date as text, yyyy-mm-dd");
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw decoder.createDeserializationException("must be a date, yyyy-mm-dd", null);
                }
            }

            @Override
            public boolean allowNull() {
                return true;
            }
        };
    }

    @Singleton
    @Order(-100)
    Deserializer<LocalTime> times() {
        return new Deserializer<>() {
            @Override
            public LocalTime deserialize(Decoder decoder, DecoderContext context, Argument<? super LocalTime> type) throws IOException {
                String text = isoText(decoder, "must be a time of day as text, hh:mm");
                try {
                    return LocalTime.parse(text);
                } catch (DateTimeParseException e) {
                    throw decoder.createDeserializationException("must be a time of day, hh:mm", null);
                }
            }

            @Override
            public boolean allowNull() {
                return true;
            }
        };
    }

    /** A JSON array item by item, keeping null items; a list left out is null, never an empty list. */
    @Singleton
    @Order(-100)
    Deserializer<List<?>> lists() {
        return new Deserializer<>() {
            @Override
            public Deserializer<List<?>> createSpecific(DecoderContext context, Argument<? super List<?>> type) throws SerdeException {
                Argument<?> itemType = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
                return new StrictList(itemType, context.findDeserializer(itemType).createSpecific(context, (Argument) itemType));
            }

            @Override
            public List<?> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<?>> type) throws IOException {
                return createSpecific(context, type).deserialize(decoder, context, type);
            }

            @Override
            public boolean allowNull() {
                return true;
            }
        };
    }

    private record StrictList(Argument<?> itemType, Deserializer<?> items) implements Deserializer<List<?>> {

        @Override
        public List<?> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<?>> type) throws IOException {
            Decoder array = decoder.decodeArray();
            List<Object> list = new ArrayList<>();
            while (array.hasNextArrayValue()) {
                try {
                    list.add(((Deserializer) items).deserializeNullable(array, context, itemType));
                } catch (SerdeException e) {
                    e.getPath().add(ReferencePath.ofCollection(ArrayList.class, itemType, list.size()));
                    throw e;
                }
            }
            array.finishStructure();
            return list;
        }

        @Override
        public List<?> deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super List<?>> type) throws IOException {
            return decoder.decodeNull() ? null : deserialize(decoder, context, type);
        }

        @Override
        public List<?> getDefaultValue(DecoderContext context, Argument<? super List<?>> type) {
            return null;
        }

        @Override
        public boolean allowNull() {
            return true;
        }
    }

    private static String isoText(Decoder decoder, String message) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isString()) {
            throw decoder.createDeserializationException(message, null);
        }
        return node.getStringValue();
    }

    private static BigInteger whole(Decoder decoder, BigInteger min, BigInteger max) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isNumber()) {
            throw decoder.createDeserializationException("must be a whole number (a JSON number)", null);
        }
        BigDecimal value = new BigDecimal(node.getNumberValue().toString());
        BigInteger whole;
        try {
            whole = value.toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            throw decoder.createDeserializationException("must be a whole number", null);
        }
        if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
            throw decoder.createDeserializationException("is out of range", null);
        }
        return whole;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
