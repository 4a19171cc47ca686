package uk.homecare.portal.ui.server;

import com.vaadin.flow.di.LookupInitializer;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HandlesTypes;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs Vaadin's own servlet container initializers, handing each the classes it asks for by
 * {@link HandlesTypes}, taken from the bean definitions instead of a classpath scan. A view that is
 * not a bean is therefore not a route. Vaadin's own {@link LookupInitializer} is among the classes a
 * container scan would have found, and Vaadin refuses to build its lookup without it.
 */
final class VaadinInitializers implements ServletContainerInitializer {

    private final Set<Class<?>> candidates;

    VaadinInitializers(BeanContext beans) {
        this.candidates = Stream.concat(
                        beans.getAllBeanDefinitions().stream().map(BeanDefinition::getBeanType),
                        Stream.of(LookupInitializer.class))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext context) throws ServletException {
        for (ServletContainerInitializer initializer : vaadinInitializers()) {
            initializer.onStartup(handledBy(initializer), context);
        }
    }

    private static List<ServletContainerInitializer> vaadinInitializers() {
        return ServiceLoader.load(ServletContainerInitializer.class, VaadinInitializers.class.getClassLoader())
                .stream()
                .filter(provider -> provider.type().getName().startsWith("com.vaadin."))
                .map(ServiceLoader.Provider::get)
                .toList();
    }

    Set<Class<?>> handledBy(ServletContainerInitializer initializer) {
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        if (handles == null) {
            return new HashSet<>();
        }
        List<Class<?>> wanted = Arrays.asList(handles.value());
        return candidates.stream()
                .filter(candidate -> wanted.stream().anyMatch(type -> matches(type, candidate)))
                .collect(Collectors.toCollection(HashSet::new));
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Class<?> type, Class<?> candidate) {
        if (type.isAnnotation()) {
            return candidate.isAnnotationPresent((Class<? extends Annotation>) type);
        }
        return type.isAssignableFrom(candidate) && !type.equals(candidate);
    }
}
