package bench.baseline;

import io.micronaut.runtime.Micronaut;

/** A bare Micronaut application: what any Micronaut service costs to start and to hold in memory. */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
