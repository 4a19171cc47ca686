package uk.homecare.portal.equality;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.equality.EqualityDimension;
import uk.homecare.portal.api.equality.EqualityReport;
import uk.homecare.portal.api.equality.EqualityRow;
import uk.homecare.portal.testing.PortalTest;

/**
 * The demo's equality monitoring (portal.demo-equality, on in ./portal run): Coventry's and Bradford's commissioners open a
 * report with figures above the small-number threshold, and Bradford's has rural packages.
 */
@MicronautTest
class DemoEqualityTest extends PortalTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-equality", "true");
        return properties;
    }

    @Test
    void the_demo_councils_reports_show_figures_and_bradfords_has_rural_packages() {
        for (String council : new String[] {"coventry", "bradford"}) {
            EqualityReport report = api().retrieve(api().as("commissioner@" + council + ".demo", GET("/api/equality")), EqualityReport.class);
            assertThat(report.population().packages().value()).as(council).isGreaterThanOrEqualTo(60);
            assertThat(report.population().medianMinutesToAward().value()).as(council).isNotNull();
            assertThat(report.tables().stream().filter(table -> table.by() == EqualityDimension.SEX)
                    .flatMap(table -> table.rows().stream()).filter(row -> row.group().equals("FEMALE")).map(EqualityRow::packages)
                    .findFirst().orElseThrow().value()).as(council + ": women's packages shown").isGreaterThanOrEqualTo(5);
        }
        assertThat(number("""
                select count(*) from care_package p join zone z on z.id = p.zone_id join council c on c.id = p.council_id
                 where c.code = 'bradford' and z.kind = 'RURAL' and p.reference like 'EQ-%'""")).isGreaterThan(0);
        assertThat(number("select count(*) from equality_profile")).isGreaterThan(80);
    }
}
