package uk.homecare.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.context.MessageSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.platform.problem.ConstraintWords;
import uk.homecare.portal.testing.PortalTest;

/**
 * Each constraint on the wire records and operations names its message by a key, its own or Jakarta's
 * default ({@code {jakarta.validation.constraints.NotBlank.message}}); an unknown key reaches a person as
 * the key itself. Every key must resolve through the application's message source in every language the
 * portal speaks. And what a person reads is worded by platform.problem.ConstraintWords from the API's bundles:
 * every constraint the contract uses, and every pattern's own message, must have words there in English and Welsh.
 */
@MicronautTest(transactional = false)
class EveryValidationMessageResolvesTest extends PortalTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"));
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern KEY = Pattern.compile("\\{([^{}]+)}");

    @Inject
    MessageSource messages;

    @Test
    void every_key_a_constraint_names_resolves_in_every_language() {
        Set<String> keys = keysNamedByConstraints();
        List<String> unresolved = new ArrayList<>();
        for (Locale language : LANGUAGES) {
            for (String key : keys) {
                if (messages.getMessage(key, language).isEmpty()) {
                    unresolved.add(key + " (" + language + ")");
                }
            }
        }

        assertThat(keys).as("the contract's constraints were found").contains("jakarta.validation.constraints.NotBlank.message");
        assertThat(unresolved).isEmpty();
    }

    @Test
    void every_constraint_the_contract_uses_is_worded_for_people_in_english_and_welsh() {
        List<String> unworded = new ArrayList<>();
        for (Annotation constraint : constraints().toList()) {
            if (!ConstraintWords.WORDED.contains(constraint.annotationType())) {
                unworded.add(constraint.annotationType().getSimpleName());
            }
            if (constraint instanceof jakarta.validation.constraints.Pattern pattern) {
                ConstraintWords.patternKey(pattern.message()).ifPresent(key -> {
                    for (Locale language : LANGUAGES) {
                        if (!ResourceBundle.getBundle("i18n.api", language, NO_FALLBACK).containsKey(key)) {
                            unworded.add(key + " (" + language + ")");
                        }
                    }
                });
            }
        }

        assertThat(new TreeSet<>(unworded)).as("constraints or pattern messages platform.problem.ConstraintWords cannot word").isEmpty();
    }

    private static Stream<Annotation> constraints() {
        var contract = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.homecare.portal.api");
        List<Annotation> found = new ArrayList<>();
        for (JavaClass javaClass : contract) {
            annotated(javaClass.reflect()).flatMap(element -> Stream.of(element.getAnnotations()))
                    .flatMap(EveryValidationMessageResolvesTest::constraintsIn)
                    .forEach(found::add);
        }
        return found.stream();
    }

    private static Set<String> keysNamedByConstraints() {
        Set<String> keys = new TreeSet<>();
        var contract = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.homecare.portal.api");
        for (JavaClass javaClass : contract) {
            Class<?> type = javaClass.reflect();
            annotated(type).flatMap(element -> Stream.of(element.getAnnotations()))
                    .flatMap(EveryValidationMessageResolvesTest::constraintsIn)
                    .forEach(constraint -> keysOf(constraint).forEach(keys::add));
        }
        return keys;
    }

    private static Stream<AnnotatedElement> annotated(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                elements.add(component);
                elements.add(component.getAccessor());
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            elements.add(method);
            elements.addAll(List.of(method.getParameters()));
        }
        return elements.stream();
    }

    /** The constraint itself, or those of a container such as {@code @Pattern.List}. */
    private static Stream<Annotation> constraintsIn(Annotation annotation) {
        if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
            return Stream.of(annotation);
        }
        try {
            Method value = annotation.annotationType().getMethod("value");
            if (value.getReturnType().isArray() && value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class)) {
                return Stream.of((Annotation[]) value.invoke(annotation));
            }
        } catch (ReflectiveOperationException e) {
            return Stream.empty();
        }
        return Stream.empty();
    }

    /** Keys in the message; a placeholder naming one of the annotation's own attributes ({@code {max}}) is not a key. */
    private static List<String> keysOf(Annotation constraint) {
        List<String> keys = new ArrayList<>();
        try {
            String message = (String) constraint.annotationType().getMethod("message").invoke(constraint);
            Matcher matcher = KEY.matcher(message);
            while (matcher.find()) {
                String name = matcher.group(1);
                if (!isAttribute(constraint, name)) {
                    keys.add(name);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(constraint.annotationType() + " has no message", e);
        }
        return keys;
    }

    private static boolean isAttribute(Annotation constraint, String name) {
        return Stream.of(constraint.annotationType().getDeclaredMethods()).anyMatch(method -> method.getName().equals(name));
    }
}
