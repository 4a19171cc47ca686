package uk.homecare.portal.platform;

/** Whom the work on the current thread acts for; {@link Tenancy#NONE} when nobody (fail closed). */
@FunctionalInterface
public interface CurrentTenancy {

    Tenancy current();
}
