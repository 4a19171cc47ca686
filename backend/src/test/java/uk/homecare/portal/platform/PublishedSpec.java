package uk.homecare.portal.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The published OpenAPI document ({@code openapi/homecare-portal.yml}) read as plain YAML: its operations,
 * and the schemas behind their bodies and answers, with a minimal valid example of any schema.
 */
final class PublishedSpec {

    static final Path FILE = Path.of("..", "openapi", "homecare-portal.yml");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {}

    /** One operation: where it is, what it takes and answers, and the security the spec gives it. */
    record Operation(String method, String path, List<Parameter> parameters, List<Map<String, Object>> security,
                     String bodyMediaType, Map<String, Object> bodySchema, Map<String, Object> answerSchema) {

        /** {@code security: []}, or an empty requirement among the alternatives: no token needed. */
        boolean needsNoToken() {
            return security.isEmpty() || security.stream().anyMatch(Map::isEmpty);
        }

        List<Parameter> parametersIn(String in) {
            return parameters.stream().filter(p -> p.in().equals(in)).toList();
        }

        String key() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    /** Where the example values the schema cannot give come from. */
    interface Values {
        /** The id of a real record for a uuid property, by the property's name. */
        String id(String property);

        String date();

        String dateTime();

        /** A value for a string property whose pattern the spec gives no example of. */
        String patterned(String property, String pattern);
    }

    private final Map<String, Object> document;

    private PublishedSpec(Map<String, Object> document) {
        this.document = document;
    }

    static PublishedSpec read() {
        try (Reader reader = Files.newBufferedReader(FILE)) {
            return new PublishedSpec(yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SnakeYAML without YAML 1.1 timestamps: a date stays the string the spec wrote. */
    private static Yaml yaml() {
        LoaderOptions loading = new LoaderOptions();
        DumperOptions dumping = new DumperOptions();
        Resolver noTimestamps = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.MERGE, MERGE, "<");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, noTimestamps);
    }

    List<Operation> operations() {
        List<Map<String, Object>> globalSecurity = list(document.get("security"));
        List<Operation> operations = new ArrayList<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, value) -> {
            if (METHODS.contains(method)) {
                operations.add(operation(method.toUpperCase(), path, map(value), globalSecurity));
            }
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    private Operation operation(String method, String path, Map<String, Object> operation, List<Map<String, Object>> globalSecurity) {
        List<Parameter> parameters = new ArrayList<>();
        for (Map<String, Object> parameter : this.<Map<String, Object>>list(operation.get("parameters"))) {
            parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                    Boolean.TRUE.equals(parameter.get("required")), map(parameter.get("schema"))));
        }
        Map<String, Object> bodyContent = map(map(operation.get("requestBody")).get("content"));
        String bodyMediaType = bodyContent.keySet().stream().findFirst().orElse(null);
        Map<String, Object> bodySchema = bodyMediaType == null ? null : map(map(bodyContent.get(bodyMediaType)).get("schema"));
        List<Map<String, Object>> security = operation.containsKey("security") ? list(operation.get("security")) : globalSecurity;
        return new Operation(method, path, List.copyOf(parameters), security, bodyMediaType, bodySchema,
                answerSchema(map(operation.get("responses"))));
    }

    /** The schema of the successful answer; an empty one when it has no body. */
    private Map<String, Object> answerSchema(Map<String, Object> responses) {
        return responses.entrySet().stream()
                .filter(response -> response.getKey().startsWith("2"))
                .flatMap(response -> map(map(response.getValue()).get("content")).values().stream())
                .map(content -> map(map(content).get("schema")))
                .findFirst().orElse(Map.of());
    }

    /** Whether the schema, or any schema within it, has a property of one of these names. */
    boolean namesAnyOf(Map<String, Object> schema, Set<String> properties) {
        return namesAnyOf(schema, properties, new HashSet<>());
    }

    private boolean namesAnyOf(Map<String, Object> schema, Set<String> properties, Set<String> seen) {
        if (schema.isEmpty()) {
            return false;
        }
        if (schema.get("$ref") instanceof String ref) {
            return seen.add(ref) && namesAnyOf(resolve(schema), properties, seen);
        }
        Map<String, Object> own = map(schema.get("properties"));
        if (own.keySet().stream().anyMatch(properties::contains)) {
            return true;
        }
        List<Map<String, Object>> within = new ArrayList<>();
        own.values().forEach(property -> within.add(map(property)));
        within.add(map(schema.get("items")));
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            within.addAll(list(schema.get(composition)));
        }
        return within.stream().anyMatch(inner -> namesAnyOf(inner, properties, seen));
    }

    /**
     * A minimal valid instance of the schema: only required properties, each its example where the spec
     * gives one of the right type, otherwise the first enum value, the least number allowed, or a value
     * for its format from {@code values}.
     */
    Object example(Map<String, Object> schema, Values values) {
        return example(null, schema, values);
    }

    private Object example(String property, Map<String, Object> schema, Values values) {
        Map<String, Object> resolved = flatten(schema);
        String type = (String) resolved.getOrDefault("type", resolved.containsKey("properties") ? "object" : "string");
        Object example = resolved.get("example");
        if (example != null && fits(type, example)) {
            return example;
        }
        if (resolved.get("enum") instanceof List<?> choices && !choices.isEmpty()) {
            return choices.getFirst();
        }
        return switch (type) {
            case "object" -> object(resolved, values);
            case "array" -> {
                Object item = example(property, map(resolved.get("items")), values);
                int size = Math.max(1, ((Number) resolved.getOrDefault("minItems", 1)).intValue());
                yield Collections.nCopies(size, item);
            }
            case "integer", "number" -> least(resolved);
            case "boolean" -> false;
            default -> string(property, resolved, values);
        };
    }

    private Map<String, Object> object(Map<String, Object> schema, Values values) {
        Map<String, Object> object = new LinkedHashMap<>();
        Map<String, Object> properties = map(schema.get("properties"));
        for (String required : this.<String>list(schema.get("required"))) {
            object.put(required, example(required, map(properties.get(required)), values));
        }
        return object;
    }

    private static long least(Map<String, Object> schema) {
        long least = schema.get("minimum") instanceof Number minimum
                ? minimum.longValue() + (Boolean.TRUE.equals(schema.get("exclusiveMinimum")) ? 1 : 0)
                : 1;
        return schema.get("maximum") instanceof Number maximum ? Math.min(least, maximum.longValue()) : least;
    }

    private static String string(String property, Map<String, Object> schema, Values values) {
        String format = (String) schema.getOrDefault("format", "");
        return switch (format) {
            case "uuid" -> values.id(property);
            case "date" -> values.date();
            case "date-time" -> values.dateTime();
            case "partial-time" -> "10:00:00";
            default -> schema.get("pattern") instanceof String pattern ? values.patterned(property, pattern) : text(schema);
        };
    }

    private static String text(Map<String, Object> schema) {
        int shortest = ((Number) schema.getOrDefault("minLength", 1)).intValue();
        int longest = ((Number) schema.getOrDefault("maxLength", Integer.MAX_VALUE)).intValue();
        String text = "Sweep" + "s".repeat(Math.max(0, shortest - 5));
        return text.substring(0, Math.min(text.length(), longest));
    }

    private static boolean fits(String type, Object example) {
        return switch (type) {
            case "string" -> example instanceof String;
            case "integer", "number" -> example instanceof Number;
            case "boolean" -> example instanceof Boolean;
            case "array" -> example instanceof List;
            default -> example instanceof Map;
        };
    }

    /** The schema with its $ref followed and an allOf merged into it. */
    private Map<String, Object> flatten(Map<String, Object> schema) {
        Map<String, Object> flat = new LinkedHashMap<>(resolve(schema));
        for (Map<String, Object> part : this.<Map<String, Object>>list(flat.remove("allOf"))) {
            flatten(part).forEach(flat::putIfAbsent);
        }
        return flat;
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (!(schema.get("$ref") instanceof String ref)) {
            return schema;
        }
        Object target = document;
        for (String step : ref.substring("#/".length()).split("/")) {
            target = map(target).get(step);
        }
        return resolve(map(target));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Object value) {
        return value instanceof List<?> list ? (List<T>) list : List.of();
    }
}
