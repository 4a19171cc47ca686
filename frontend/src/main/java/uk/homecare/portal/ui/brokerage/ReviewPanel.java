package uk.homecare.portal.ui.brokerage;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import uk.homecare.portal.ui.client.BrokerageClient;
import uk.homecare.portal.api.brokerage.CarePackage;
import uk.homecare.portal.api.brokerage.PackageAction;
import uk.homecare.portal.api.brokerage.ReviewForm;
import uk.homecare.portal.api.reference.LotProvider;
import uk.homecare.portal.ui.client.ReferenceClient;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.forms.ToId;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * At an awarded package's review, the commissioner moves it to another provider on its lot, saying why
 * (when the API lists REVIEW), after confirming who loses and who takes the package.
 */
final class ReviewPanel extends VerticalLayout {

    private final transient BrokerageClient client;
    private final transient ReferenceClient reference;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<CarePackage> moved;
    private final RecordForm<ReviewForm> form;
    private final ComboBox<LotProvider> provider = new ComboBox<>();
    private List<LotProvider> providers = List.of();
    private CarePackage carePackage;

    ReviewPanel(BrokerageClient client, ReferenceClient reference, ApiCaller api, Problems problems,
            Consumer<CarePackage> moved) {
        this.client = client;
        this.reference = reference;
        this.api = api;
        this.problems = problems;
        this.moved = moved;
        setId("package-review");
        setPadding(false);
        provider.setId("review-provider");
        provider.setLabel(getTranslation("review.provider"));
        provider.setItemLabelGenerator(LotProvider::providerName);
        var reason = new TextArea(getTranslation("review.reason"));
        reason.setId("review-reason");
        reason.setMaxLength(500);
        form = new RecordForm<>("review-form", ReviewForm.class, "review.title", "review.move", this::move);
        form.with(provider, reason);
        String required = getTranslation("validation.required");
        form.binder().forField(provider).asRequired(required)
                .withConverter(new ToId<>(LotProvider::providerId, () -> providers)).bind("providerId");
        form.binder().forField(reason).asRequired(required).bind("reason");
        add(form);
        setVisible(false);
    }

    void show(CarePackage shown) {
        carePackage = shown;
        boolean reviewable = shown.actions().contains(PackageAction.REVIEW);
        setVisible(reviewable);
        if (!reviewable) {
            return;
        }
        ActionMark.mark(form.button(), PackageAction.REVIEW, shown.id());
        UUID lotId = shown.lot() == null ? null : shown.lot().id();
        UUID holder = shown.awardedProvider() == null ? null : shown.awardedProvider().id();
        CouncilLots.all(api, reference).ifPresent(lots -> {
            providers = lots.stream()
                    .filter(lot -> Objects.equals(lot.id(), lotId))
                    .flatMap(lot -> lot.providers() == null ? Stream.empty() : lot.providers().stream())
                    .filter(p -> !Objects.equals(p.providerId(), holder))
                    .toList();
            provider.setItems(providers);
        });
    }

    /** Asks before moving the package, saying from whom to whom and what it means for them. */
    private void move(ReviewForm review) {
        String to = providers.stream().filter(p -> Objects.equals(p.providerId(), review.providerId()))
                .map(LotProvider::providerName).findFirst().orElse("");
        String from = Labels.name(carePackage.awardedProvider());
        Confirmation.ask(this, "move-dialog", getTranslation("review.confirm.title", carePackage.reference()),
                getTranslation("review.confirm.text", carePackage.reference(), from, to),
                getTranslation("review.confirm.yes", to), form.button(), () -> moveNow(review));
    }

    private void moveNow(ReviewForm review) {
        UUID id = carePackage.id();
        api.submit(auth -> client.movePackageAtReview(auth, id, review), form.binder()).ifPresent(result -> {
            problems.showInfo(getTranslation("review.moved", result.reference(), Labels.name(result.awardedProvider())));
            form.binder().readRecord(new ReviewForm(null, ""));
            moved.accept(result);
        });
    }
}
