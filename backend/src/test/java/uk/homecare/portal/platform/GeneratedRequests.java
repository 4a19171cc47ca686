package uk.homecare.portal.platform;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Values generated from the published spec's schemas (parsed by swagger-parser): valid ones (examples, enum
 * members, numbers within bounds, text within its lengths, a real record for a uuid) and invalid ones made by
 * breaking one place of a valid value (a wrong JSON type, null where it is not nullable, a required property
 * left out, a number out of range, text too long or breaking its pattern or format, a lone UTF-16 surrogate,
 * an array with a null item or too many). JSON is written here, so a lone surrogate travels as {@code \ud800}.
 */
final class GeneratedRequests {

    /** Where the values the schema cannot give come from. */
    interface Values {
        /** A real record's id for a uuid property of this name, or null when no record is known for it. */
        @Nullable UUID id(String property);

        LocalDate today();

        Instant instant();

        /** A value for a patterned string the spec gives no example of, or null. */
        @Nullable String patterned(String property);
    }

    /** A value broken in one place: the value, and what is wrong with it. */
    record Broken(@Nullable Object value, String why) {}

    private static final int DEEPEST = 5;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-.,&é";
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);

    private final Map<String, Schema> components;
    private final Values values;
    private final Random random;

    GeneratedRequests(Map<String, Schema> components, Values values, Random random) {
        this.components = components;
        this.values = values;
        this.random = random;
    }

    // ---------------------------------------------------------------- valid values

    /** A valid instance of the schema; {@code minimal} keeps to required properties and the first choices. */
    @Nullable Object valid(@Nullable String property, Schema<?> schema, boolean minimal) {
        return valid(property, schema, minimal, 0);
    }

    private @Nullable Object valid(@Nullable String property, Schema<?> schema, boolean minimal, int depth) {
        Schema<?> flat = flatten(schema);
        List<?> choices = flat.getEnum();
        if (choices != null && !choices.isEmpty()) {
            return String.valueOf(minimal ? choices.getFirst() : choices.get(random.nextInt(choices.size())));
        }
        return switch (typeOf(flat)) {
            case "object" -> object(flat, minimal, depth);
            case "array" -> array(property, flat, minimal, depth);
            case "integer" -> integer(flat, minimal);
            case "number" -> number(flat, minimal);
            case "boolean" -> !minimal && random.nextBoolean();
            case "string" -> string(property, flat, minimal);
            default -> new LinkedHashMap<>();
        };
    }

    private Map<String, Object> object(Schema<?> schema, boolean minimal, int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        Map<String, Schema> properties = properties(schema);
        List<String> required = required(schema);
        properties.forEach((name, property) -> {
            if (required.contains(name) || (!minimal && depth < DEEPEST && random.nextBoolean())) {
                object.put(name, valid(name, property, minimal, depth + 1));
            }
        });
        return object;
    }

    private List<Object> array(@Nullable String property, Schema<?> schema, boolean minimal, int depth) {
        int least = schema.getMinItems() == null ? 0 : schema.getMinItems();
        int most = schema.getMaxItems() == null ? least + 3 : Math.min(schema.getMaxItems(), least + 3);
        int size = minimal ? Math.max(1, least) : least + random.nextInt(Math.max(1, most - least + 1));
        size = Math.min(size, schema.getMaxItems() == null ? size : schema.getMaxItems());
        List<Object> items = new ArrayList<>();
        Schema<?> itemSchema = schema.getItems() == null ? new Schema<>().type("string") : schema.getItems();
        for (int i = 0; i < size; i++) {
            Object item = valid(property, itemSchema, minimal, depth + 1);
            if (Boolean.TRUE.equals(schema.getUniqueItems()) && items.contains(item)) {
                continue;
            }
            items.add(item);
        }
        return items;
    }

    private Number integer(Schema<?> schema, boolean minimal) {
        if (!minimal && schema.getExample() instanceof Number example && random.nextInt(3) == 0 && within(schema, new BigDecimal(example.toString()))) {
            return example.longValue();
        }
        long least = least(schema);
        long most = most(schema, least);
        if (minimal) {
            return Math.max(least, Math.min(most, 1));
        }
        return switch (random.nextInt(4)) {
            case 0 -> least;
            case 1 -> most;
            default -> least + (long) (random.nextDouble() * (double) (most - least));
        };
    }

    private Number number(Schema<?> schema, boolean minimal) {
        long whole = integer(schema, minimal).longValue();
        return !minimal && whole < most(schema, least(schema)) && random.nextBoolean() ? new BigDecimal(whole + ".5") : whole;
    }

    private static long least(Schema<?> schema) {
        if (schema.getMinimum() == null) {
            return 0;
        }
        long least = schema.getMinimum().setScale(0, java.math.RoundingMode.CEILING).longValue();
        return Boolean.TRUE.equals(schema.getExclusiveMinimum()) && schema.getMinimum().compareTo(BigDecimal.valueOf(least)) == 0 ? least + 1 : least;
    }

    private static long most(Schema<?> schema, long least) {
        if (schema.getMaximum() == null) {
            return least + 1000;
        }
        long most = schema.getMaximum().setScale(0, java.math.RoundingMode.FLOOR).longValue();
        return Boolean.TRUE.equals(schema.getExclusiveMaximum()) && schema.getMaximum().compareTo(BigDecimal.valueOf(most)) == 0 ? most - 1 : most;
    }

    private static boolean within(Schema<?> schema, BigDecimal value) {
        return (schema.getMinimum() == null || value.compareTo(schema.getMinimum()) >= 0)
                && (schema.getMaximum() == null || value.compareTo(schema.getMaximum()) <= 0);
    }

    private String string(@Nullable String property, Schema<?> schema, boolean minimal) {
        String name = property == null ? "" : property;
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        switch (format) {
            case "uuid" -> {
                UUID record = values.id(name);
                return (record != null ? record : UUID.randomUUID()).toString();
            }
            case "date" -> {
                return values.today().plusDays(minimal ? 14 : random.nextInt(60)).toString();
            }
            case "date-time" -> {
                return values.instant().plusSeconds(minimal ? 0 : random.nextInt(86_400 * 30)).toString();
            }
            case "partial-time" -> {
                return minimal ? "10:00:00" : "%02d:%02d:00".formatted(6 + random.nextInt(16), random.nextInt(4) * 15);
            }
            case "email" -> {
                return "fuzz" + (minimal ? "" : random.nextInt(1_000_000)) + "@example.org";
            }
            case "uri" -> {
                return "https://hooks.example.org/fuzz" + (minimal ? "" : random.nextInt(1_000_000));
            }
            default -> {
                // text, below
            }
        }
        String pattern = schema.getPattern();
        String example = schema.getExample() instanceof String text ? text : null;
        if (pattern != null) {
            String patterned = values.patterned(name);
            if (example != null && matches(pattern, example) && (minimal || patterned == null || random.nextBoolean())) {
                return example;
            }
            return patterned != null ? patterned : example != null ? example : "FUZZ";
        }
        if (example != null && (minimal || random.nextInt(3) == 0) && fitsLength(schema, example)) {
            return example;
        }
        int shortest = schema.getMinLength() == null ? 1 : Math.max(1, schema.getMinLength());
        int longest = schema.getMaxLength() == null ? shortest + 40 : Math.min(schema.getMaxLength(), shortest + 40);
        int length = minimal ? shortest : shortest + random.nextInt(Math.max(1, longest - shortest + 1));
        StringBuilder text = new StringBuilder("F");
        while (text.length() < length) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (!minimal && length >= 4 && random.nextInt(4) == 0) {
            // A character outside the Basic Multilingual Plane: a valid surrogate pair, which must be kept.
            text.replace(1, 3, "\uD83D\uDE00");
        }
        String written = text.substring(0, Math.min(text.length(), Math.max(length, 1))).strip();
        return written.isEmpty() ? "F" : written;
    }

    private static boolean fitsLength(Schema<?> schema, String text) {
        return (schema.getMinLength() == null || text.length() >= schema.getMinLength())
                && (schema.getMaxLength() == null || text.length() <= schema.getMaxLength());
    }

    private static boolean matches(String pattern, String text) {
        return Pattern.compile(pattern).matcher(text).find();
    }

    // ---------------------------------------------------------------- invalid values

    /**
     * Every way this generator knows of breaking the valid value in one place, each a copy of the whole value with
     * that one place broken.
     */
    List<Broken> broken(@Nullable Object valid, Schema<?> schema) {
        List<Broken> broken = new ArrayList<>();
        breakAt(valid, schema, "", replacement -> replacement, broken);
        return broken;
    }

    /** Breaks the value found at {@code path} in every way it can, rebuilding the whole value with {@code into}. */
    private void breakAt(@Nullable Object value, Schema<?> schema, String path, java.util.function.Function<@Nullable Object, @Nullable Object> into,
                         List<Broken> broken) {
        Schema<?> flat = flatten(schema);
        String at = path.isEmpty() ? "the body" : path;
        Consumer<Broken> add = b -> broken.add(new Broken(into.apply(b.value()), b.why() + " at " + at));
        String type = typeOf(flat);
        if (!Boolean.TRUE.equals(flat.getNullable()) && !type.isEmpty()) {
            add.accept(new Broken(null, "null where not nullable"));
        }
        for (Object wrong : wrongTypes(type, flat)) {
            add.accept(new Broken(wrong, "a " + jsonType(wrong) + " for a " + type));
        }
        List<?> choices = flat.getEnum();
        if (choices != null && !choices.isEmpty()) {
            add.accept(new Broken("NOT_ONE_OF_THEM", "a value not in the enum"));
            return;
        }
        switch (type) {
            case "integer", "number" -> numbers(flat, type).forEach(add);
            case "string" -> strings(value, flat).forEach(add);
            case "array" -> {
                if (value instanceof List<?> list) {
                    arrays(list, flat).forEach(add);
                    Schema<?> items = flat.getItems();
                    for (int i = 0; i < list.size() && items != null; i++) {
                        int index = i;
                        breakAt(list.get(i), items, path + "[" + i + "]", item -> into.apply(replaced(list, index, item)), broken);
                    }
                }
            }
            case "object" -> {
                if (value instanceof Map<?, ?> object) {
                    Map<String, Schema> properties = properties(flat);
                    for (String required : required(flat)) {
                        Map<Object, Object> without = new LinkedHashMap<>(object);
                        without.remove(required);
                        broken.add(new Broken(into.apply(without), "the required " + required + " left out of " + at));
                    }
                    object.forEach((name, inner) -> {
                        Schema<?> property = properties.get(String.valueOf(name));
                        if (property != null) {
                            String innerPath = path.isEmpty() ? String.valueOf(name) : path + "." + name;
                            breakAt(inner, property, innerPath, replacement -> into.apply(replaced(object, name, replacement)), broken);
                        }
                    });
                }
            }
            default -> {
                // an open schema: nothing to break but its type, above
            }
        }
    }

    private static List<Object> wrongTypes(String type, Schema<?> schema) {
        return switch (type) {
            case "string" -> List.of(12, true, List.of("text"), Map.of("text", "text"));
            case "integer" -> List.of("12", false, true, 1.5, List.of(1), Map.of());
            case "number" -> List.of("12.5", true, List.of(1), Map.of());
            case "boolean" -> List.of("true", "not-a-boolean", 0, 1, List.of(true));
            case "array" -> List.of("text", 1, Map.of(), true);
            case "object" -> schema.getProperties() == null && schema.getAdditionalProperties() == null
                    ? List.of()
                    : List.of("text", 1, List.of(), false);
            default -> List.of();
        };
    }

    private static List<Broken> numbers(Schema<?> schema, String type) {
        List<Broken> broken = new ArrayList<>();
        if (schema.getMinimum() != null) {
            broken.add(new Broken(schema.getMinimum().subtract(BigDecimal.ONE).stripTrailingZeros().toBigInteger(), "below the minimum"));
        }
        if (schema.getMaximum() != null) {
            broken.add(new Broken(schema.getMaximum().add(BigDecimal.ONE).stripTrailingZeros().toBigInteger(), "above the maximum"));
        }
        if ("int32".equals(schema.getFormat())) {
            if (schema.getMaximum() == null || schema.getMaximum().compareTo(INT32_MAX) >= 0) {
                broken.add(new Broken(INT32_MAX.add(BigDecimal.ONE).toBigInteger(), "a number too big for int32"));
            }
            if (schema.getMinimum() == null || schema.getMinimum().compareTo(INT32_MIN) <= 0) {
                broken.add(new Broken(INT32_MIN.subtract(BigDecimal.ONE).toBigInteger(), "a number too small for int32"));
            }
        }
        if ("integer".equals(type)) {
            broken.add(new Broken(new BigDecimal("2.5"), "a fraction for an integer"));
            broken.add(new Broken(new BigDecimal("1e400"), "a number beyond any integer"));
        }
        return broken;
    }

    private List<Broken> strings(@Nullable Object value, Schema<?> schema) {
        List<Broken> broken = new ArrayList<>();
        String text = value instanceof String s && !s.isEmpty() ? s : "F";
        broken.add(new Broken("\uD800" + text.substring(1), "a lone UTF-16 surrogate"));
        if (schema.getMaxLength() != null && schema.getMaxLength() < 100_000) {
            broken.add(new Broken("L".repeat(schema.getMaxLength() + 1), "text longer than " + schema.getMaxLength()));
        }
        if (schema.getMinLength() != null && schema.getMinLength() > 0) {
            broken.add(new Broken("S".repeat(schema.getMinLength() - 1), "text shorter than " + schema.getMinLength()));
        }
        if (schema.getPattern() != null) {
            for (String candidate : List.of("!!", " ", "", "a", "0", "ZZZZZZZZZZ9999", "\n")) {
                if (!matches(schema.getPattern(), candidate)) {
                    broken.add(new Broken(candidate, "text that breaks the pattern " + schema.getPattern()));
                    break;
                }
            }
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        List<String> badFormats = switch (format) {
            case "uuid" -> List.of("not-a-uuid", "123");
            case "date" -> List.of("2026-02-30", "20301201", "tomorrow");
            case "date-time" -> List.of("2026-12-01", "not-a-time");
            case "partial-time" -> List.of("25:00:00", "noon");
            case "email" -> List.of("not-an-email");
            case "uri" -> List.of("not a uri");
            default -> List.of();
        };
        badFormats.forEach(bad -> broken.add(new Broken(bad, "text that is not a " + format)));
        return broken;
    }

    private static List<Broken> arrays(List<?> list, Schema<?> schema) {
        List<Broken> broken = new ArrayList<>();
        Schema<?> items = schema.getItems();
        if (items == null || !Boolean.TRUE.equals(items.getNullable())) {
            List<Object> withNull = new ArrayList<>(list);
            withNull.add(null);
            broken.add(new Broken(withNull, "a null item"));
        }
        if (schema.getMaxItems() != null && schema.getMaxItems() < 20_000) {
            Object item = list.isEmpty() ? Map.of() : list.getFirst();
            broken.add(new Broken(new ArrayList<>(Collections.nCopies(schema.getMaxItems() + 1, item)), "more than " + schema.getMaxItems() + " items"));
        }
        if (schema.getMinItems() != null && schema.getMinItems() > 0) {
            broken.add(new Broken(new ArrayList<>(list.subList(0, Math.min(list.size(), schema.getMinItems() - 1))), "fewer than " + schema.getMinItems() + " items"));
        }
        return broken;
    }

    /** Text for a query or path parameter that its schema refuses, or null when any text would do. */
    @Nullable Broken brokenParameter(Schema<?> schema) {
        Schema<?> flat = flatten(schema);
        List<String> candidates = new ArrayList<>();
        List<?> choices = flat.getEnum();
        if (choices != null && !choices.isEmpty()) {
            candidates.add("NOT_ONE_OF_THEM");
        }
        switch (typeOf(flat)) {
            case "integer" -> {
                candidates.add("abc");
                candidates.add("1.5");
                if (flat.getMinimum() != null) {
                    candidates.add(flat.getMinimum().subtract(BigDecimal.ONE).toBigInteger().toString());
                }
                if (flat.getMaximum() != null) {
                    candidates.add(flat.getMaximum().add(BigDecimal.ONE).toBigInteger().toString());
                }
                candidates.add("99999999999999999999");
            }
            case "number" -> candidates.add("abc");
            case "boolean" -> candidates.add("maybe");
            case "string" -> {
                String format = flat.getFormat() == null ? "" : flat.getFormat();
                switch (format) {
                    case "uuid" -> candidates.add("not-a-uuid");
                    case "date" -> candidates.addAll(List.of("2026-02-30", "not-a-date"));
                    case "date-time" -> candidates.add("not-a-time");
                    default -> {
                        if (flat.getMaxLength() != null && flat.getMaxLength() < 5_000) {
                            candidates.add("L".repeat(flat.getMaxLength() + 1));
                        }
                        if (flat.getPattern() != null && !matches(flat.getPattern(), "!!")) {
                            candidates.add("!!");
                        }
                    }
                }
            }
            default -> {
                // nothing to break
            }
        }
        return candidates.isEmpty() ? null : new Broken(candidates.get(random.nextInt(candidates.size())), "a parameter value its schema refuses");
    }

    // ---------------------------------------------------------------- schemas

    /** The schema with its $ref followed and its allOf merged in; nullable is the outer schema's. */
    Schema<?> flatten(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        if (resolved.getAllOf() == null || resolved.getAllOf().isEmpty()) {
            return resolved;
        }
        Schema<Object> flat = new Schema<>();
        for (Schema<?> part : resolved.getAllOf()) {
            merge(flatten(part), flat);
        }
        merge(resolved, flat);
        flat.setAllOf(null);
        flat.setNullable(Boolean.TRUE.equals(resolved.getNullable()) || Boolean.TRUE.equals(flat.getNullable()));
        return flat;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void merge(Schema from, Schema into) {
        if (from.getType() != null) into.setType(from.getType());
        if (from.getFormat() != null) into.setFormat(from.getFormat());
        if (from.getEnum() != null) into.setEnum(from.getEnum());
        if (from.getProperties() != null) {
            Map<String, Schema> properties = new LinkedHashMap<>(into.getProperties() == null ? Map.of() : into.getProperties());
            properties.putAll(from.getProperties());
            into.setProperties(properties);
        }
        if (from.getRequired() != null) {
            List<String> required = new ArrayList<>(into.getRequired() == null ? List.of() : into.getRequired());
            required.addAll(from.getRequired());
            into.setRequired(required);
        }
        if (from.getItems() != null) into.setItems(from.getItems());
        if (from.getMinimum() != null) into.setMinimum(from.getMinimum());
        if (from.getMaximum() != null) into.setMaximum(from.getMaximum());
        if (from.getMinLength() != null) into.setMinLength(from.getMinLength());
        if (from.getMaxLength() != null) into.setMaxLength(from.getMaxLength());
        if (from.getMinItems() != null) into.setMinItems(from.getMinItems());
        if (from.getMaxItems() != null) into.setMaxItems(from.getMaxItems());
        if (from.getPattern() != null) into.setPattern(from.getPattern());
        if (from.getExample() != null) into.setExample(from.getExample());
        if (from.getAdditionalProperties() != null) into.setAdditionalProperties(from.getAdditionalProperties());
        if (Boolean.TRUE.equals(from.getNullable())) into.setNullable(true);
    }

    private Schema<?> resolve(Schema<?> schema) {
        Schema<?> resolved = schema;
        for (int hops = 0; resolved.get$ref() != null && hops < 10; hops++) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            resolved = components.get(name);
        }
        return resolved;
    }

    String typeOf(Schema<?> flat) {
        if (flat.getType() != null) {
            return flat.getType();
        }
        if (flat.getProperties() != null) {
            return "object";
        }
        return flat.getItems() != null ? "array" : "";
    }

    private Map<String, Schema> properties(Schema<?> flat) {
        return flat.getProperties() == null ? Map.of() : flat.getProperties();
    }

    private static List<String> required(Schema<?> flat) {
        return flat.getRequired() == null ? List.of() : flat.getRequired();
    }

    private static List<Object> replaced(List<?> list, int index, @Nullable Object item) {
        List<Object> copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }

    private static Map<Object, Object> replaced(Map<?, ?> object, Object name, @Nullable Object value) {
        Map<Object, Object> copy = new LinkedHashMap<>(object);
        copy.put(name, value);
        return copy;
    }

    private static String jsonType(@Nullable Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "string";
            case Boolean b -> "boolean";
            case Number n -> "number";
            case List<?> l -> "array";
            default -> "object";
        };
    }

    // ---------------------------------------------------------------- JSON

    /** JSON text of the value; every character outside printable ASCII escaped, so a lone surrogate stays one. */
    static String json(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(@Nullable Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String text -> {
                out.append('"');
                for (char c : text.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c > 0x7e) {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
                out.append('"');
            }
            case BigDecimal number -> out.append(number.toString());
            case Number number -> out.append(number);
            case Boolean flag -> out.append(flag);
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(',');
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) out.append(',');
                    first = false;
                    write(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            default -> write(value.toString(), out);
        }
    }
}
