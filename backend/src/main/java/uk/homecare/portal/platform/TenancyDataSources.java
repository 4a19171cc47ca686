package uk.homecare.portal.platform;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/**
 * Puts {@link TenancyDataSource} around the application's pool. First of the listeners, so that Micronaut
 * Data's own wrapper, which it unwraps to open connections, wraps this one.
 */
@Singleton
final class TenancyDataSources implements BeanCreatedEventListener<DataSource>, Ordered {

    private final BeanProvider<CurrentTenancy> tenancy;

    TenancyDataSources(BeanProvider<CurrentTenancy> tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource pool = event.getBean();
        if (pool instanceof TenancyDataSource) {
            return pool;
        }
        return new TenancyDataSource(pool, () -> tenancy.find(null).map(CurrentTenancy::current).orElse(Tenancy.NONE));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
