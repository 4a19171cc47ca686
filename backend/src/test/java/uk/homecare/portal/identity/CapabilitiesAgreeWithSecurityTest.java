package uk.homecare.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.identity.Capability;
import uk.homecare.portal.api.identity.Role;

/**
 * The role-to-capability mapping in {@link Capabilities} is the one the controllers enforce: each
 * capability's operations are {@code @Secured} for exactly the roles that have it, and every operation
 * that changes something for some roles only belongs to a capability.
 */
class CapabilitiesAgreeWithSecurityTest {

    private static final Map<Capability, List<String>> OPERATIONS = CapabilityOperations.BY_CAPABILITY;

    private static final List<Class<? extends Annotation>> CHANGES = List.of(Post.class, Put.class, Patch.class, Delete.class);

    @Test
    void every_capability_names_its_operations() {
        assertThat(OPERATIONS.keySet()).containsExactlyInAnyOrder(Capability.values());
    }

    @Test
    void each_capabilitys_operations_are_secured_for_exactly_the_roles_that_have_it() throws IOException {
        Map<String, Method> operations = operations();
        OPERATIONS.forEach((capability, names) -> names.forEach(name -> {
            assertThat(operations).as("an operation named %s", name).containsKey(name);
            assertThat(securedRoles(operations.get(name))).as("roles allowed to %s (%s)", name, capability)
                    .isEqualTo(roleNames(Capabilities.rolesWith(capability)));
        }));
    }

    @Test
    void every_change_open_to_some_roles_only_belongs_to_a_capability() throws IOException {
        Set<String> named = OPERATIONS.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        List<String> loose = operations().values().stream()
                .filter(CapabilitiesAgreeWithSecurityTest::changesSomething)
                .filter(method -> securedRoles(method).stream().noneMatch(rule -> rule.startsWith("is")))
                .map(Method::getName)
                .filter(name -> !named.contains(name))
                .toList();
        assertThat(loose).isEmpty();
    }

    @Test
    void a_commissioner_may_draft_and_award_and_an_admin_may_neither() {
        assertThat(Capabilities.of(Role.COMMISSIONER)).contains(Capability.DRAFT_PACKAGE, Capability.AWARD_PACKAGE);
        assertThat(Capabilities.of(Role.ADMIN)).doesNotContain(Capability.DRAFT_PACKAGE, Capability.AWARD_PACKAGE,
                Capability.EDIT_REFERENCE_DATA, Capability.EDIT_CHC_SETTINGS, Capability.CREATE_HOURS_PLAN);
        assertThat(Capabilities.of(Role.ADMIN)).contains(Capability.CHECK_LEDGER);
    }

    /**
     * Every council setting, once: brokerage decisions (how offers run, what providers may propose, the
     * council's reference data, CHC requirement and district map, market bands) are the commissioners';
     * how the council's portal runs (minimum visit, language, two-step verification, e-mail sender name)
     * is its administrator's. Nobody else changes either.
     */
    @Test
    void each_council_setting_is_changed_by_exactly_one_council_role() {
        Map<Capability, Role> matrix = Map.of(
                Capability.EDIT_BROKERAGE_POLICY, Role.COMMISSIONER,
                Capability.EDIT_REFERENCE_DATA, Role.COMMISSIONER,
                Capability.EDIT_CHC_SETTINGS, Role.COMMISSIONER,
                Capability.EDIT_MARKET_BANDS, Role.COMMISSIONER,
                Capability.EDIT_COUNCIL_SETTINGS, Role.ADMIN);
        matrix.forEach((capability, role) -> assertThat(Capabilities.rolesWith(capability)).as(capability.name()).containsExactly(role));
    }

    @Test
    void everyone_but_people_receiving_care_carers_and_partner_systems_may_set_up_two_step_verification() {
        assertThat(Capabilities.rolesWith(Capability.ENROL_MFA))
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(Role.SERVICE_USER, Role.CARER, Role.NHS_PARTNER)));
        assertThat(Capabilities.rolesWith(Capability.RESET_ACCOUNT_MFA)).containsExactly(Role.ADMIN);
    }

    /** Every operation of every controller, by name (operation names are unique across the API). */
    private static Map<String, Method> operations() throws IOException {
        Map<String, Method> operations = new HashMap<>();
        for (Class<?> controller : controllers()) {
            for (Method method : controller.getDeclaredMethods()) {
                if (!method.isSynthetic() && (mapping(method) != null || secured(method) != null)) {
                    operations.put(method.getName(), method);
                }
            }
        }
        return operations;
    }

    private static List<Class<?>> controllers() throws IOException {
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("Controller.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .map(CapabilitiesAgreeWithSecurityTest::load)
                    .filter(type -> type.isAnnotationPresent(Controller.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean changesSomething(Method method) {
        Method mapped = mapping(method);
        return mapped != null && CHANGES.stream().anyMatch(mapped::isAnnotationPresent);
    }

    /** The method, or the operations interface method it implements, that carries the HTTP mapping. */
    private static Method mapping(Method method) {
        if (hasVerb(method)) {
            return method;
        }
        for (Class<?> type : method.getDeclaringClass().getInterfaces()) {
            for (Method declared : type.getMethods()) {
                if (declared.getName().equals(method.getName()) && declared.getParameterCount() == method.getParameterCount() && hasVerb(declared)) {
                    return declared;
                }
            }
        }
        return null;
    }

    private static boolean hasVerb(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().getPackageName().equals("io.micronaut.http.annotation")
                        && List.of("Get", "Post", "Put", "Patch", "Delete").contains(a.annotationType().getSimpleName()));
    }

    private static Secured secured(Method method) {
        Secured onMethod = method.getAnnotation(Secured.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(Secured.class);
    }

    private static Set<String> securedRoles(Method method) {
        Secured secured = secured(method);
        return secured == null ? Set.of(SecurityRule.DENY_ALL) : Set.of(secured.value());
    }

    private static Set<String> roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
