package uk.homecare.portal.brokerage;

import static io.micronaut.http.HttpRequest.GET;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.Offer;
import uk.homecare.portal.api.brokerage.PackageStatus;

@MicronautTest(transactional = false)
class DemoPackagesTest extends BrokerageTest {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("portal.demo-packages", "true");
        return properties;
    }

    @Test
    void the_demo_gives_every_council_packages_along_the_loop_with_the_unallocated_one_first() {
        for (String council : List.of("bradford", "coventry", "bridgend", "herefordshire", "rotherham")) {
            List<CarePackage> board = api().retrieve(api().as("commissioner@" + council + ".demo", GET("/api/packages")),
                    Argument.listOf(CarePackage.class));
            assertThat(board).as(council).hasSize(4);
            assertThat(board.getFirst().status()).as(council + ": the loudest first").isEqualTo(PackageStatus.UNALLOCATED);
            List<Offer> inbox = api().retrieve(api().as("provider@" + council + ".demo", GET("/api/offers")), Argument.listOf(Offer.class));
            assertThat(inbox).as(council + " provider's inbox").isNotEmpty();
        }
        List<CarePackage> coventry = api().retrieve(api().as(COMMISSIONER, GET("/api/packages")), Argument.listOf(CarePackage.class));
        assertThat(coventry).extracting(CarePackage::status).containsExactly(
                PackageStatus.UNALLOCATED, PackageStatus.OPEN, PackageStatus.PRIMARY, PackageStatus.AWARDED);
    }
}
