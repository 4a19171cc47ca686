package uk.homecare.portal.ui.client;

import static io.micronaut.http.HttpHeaders.AUTHORIZATION;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import java.util.List;
import java.util.UUID;
import uk.homecare.portal.api.reference.*;

/** The reference data API, as the UI calls it with the signed-in person's token. */
@Client("${ui.api-url:/}")
public interface ReferenceClient {

    @Get("/api/zones")
    List<Zone> zones(@Header(AUTHORIZATION) String authorization);

    @Post("/api/zones")
    Zone createZone(@Header(AUTHORIZATION) String authorization, @Body ZoneForm form);

    @Put("/api/zones/{id}")
    Zone updateZone(@Header(AUTHORIZATION) String authorization, UUID id, @Body ZoneForm form);

    @Get("/api/frameworks")
    List<Framework> frameworks(@Header(AUTHORIZATION) String authorization);

    @Post("/api/frameworks")
    Framework createFramework(@Header(AUTHORIZATION) String authorization, @Body FrameworkForm form);

    @Put("/api/frameworks/{id}")
    Framework updateFramework(@Header(AUTHORIZATION) String authorization, UUID id, @Body FrameworkForm form);

    @Get("/api/frameworks/{frameworkId}/lots")
    List<Lot> lots(@Header(AUTHORIZATION) String authorization, UUID frameworkId);

    @Post("/api/frameworks/{frameworkId}/lots")
    Lot createLot(@Header(AUTHORIZATION) String authorization, UUID frameworkId, @Body LotForm form);

    @Put("/api/lots/{id}")
    Lot updateLot(@Header(AUTHORIZATION) String authorization, UUID id, @Body LotForm form);

    @Put("/api/lots/{id}/providers")
    Lot placeProviderOnLot(@Header(AUTHORIZATION) String authorization, UUID id, @Body LotProviderForm form);

    @Delete("/api/lots/{id}/providers/{providerId}")
    Lot removeProviderFromLot(@Header(AUTHORIZATION) String authorization, UUID id, UUID providerId);

    @Get("/api/providers")
    List<Provider> providers(@Header(AUTHORIZATION) String authorization);

    @Get("/api/rates")
    List<Rate> rates(@Header(AUTHORIZATION) String authorization);

    @Post("/api/rates")
    Rate createRate(@Header(AUTHORIZATION) String authorization, @Body RateForm form);

    @Put("/api/rates/{id}")
    Rate updateRate(@Header(AUTHORIZATION) String authorization, UUID id, @Body RateForm form);
}
