package uk.homecare.portal.ui.server;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.BeanContext;
import java.util.stream.Stream;

/** Creates views, layouts and anything else Vaadin asks for from the bean context when it is a bean. */
public final class BeanInstantiator extends DefaultInstantiator {

    private final transient BeanContext beans;

    public BeanInstantiator(VaadinService service, BeanContext beans) {
        super(service);
        this.beans = beans;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return beans.containsBean(type) ? beans.getBean(type) : super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> type) {
        return beans.containsBean(type) ? beans.getBean(type) : super.createComponent(type);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return beans.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(
                super.getServiceInitListeners(), beans.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
