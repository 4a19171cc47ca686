package uk.homecare.portal.ui.compliance;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.homecare.portal.api.compliance.ComplianceDocument;
import uk.homecare.portal.api.compliance.ComplianceGap;
import uk.homecare.portal.api.compliance.ProviderCompliance;
import uk.homecare.portal.ui.client.ComplianceClient;
import uk.homecare.portal.ui.reference.Formats;
import uk.homecare.portal.ui.security.ApiCaller;

/** What both compliance pages show alike: a document's words, the gaps in a sentence, and a file offered for download. */
final class DocumentFiles {

    private DocumentFiles() {}

    static String type(com.vaadin.flow.component.Component on, ComplianceDocument document) {
        return on.getTranslation("compliance.type." + document.type());
    }

    static String status(com.vaadin.flow.component.Component on, ComplianceDocument document) {
        return on.getTranslation("compliance.status." + document.status());
    }

    static String expiry(com.vaadin.flow.component.Component on, ComplianceDocument document, Locale locale) {
        if (document.expiresOn() == null) {
            return on.getTranslation("compliance.expires.none");
        }
        String date = Formats.date(document.expiresOn(), locale);
        return document.expired() ? on.getTranslation("compliance.expired", date) : date;
    }

    static String gaps(com.vaadin.flow.component.Component on, ProviderCompliance compliance) {
        if (compliance.gaps().isEmpty()) {
            return on.getTranslation("compliance.gaps.none");
        }
        return on.getTranslation("compliance.gaps", compliance.gaps().stream().map(gap -> gap(on, gap)).collect(Collectors.joining("; ")));
    }

    private static String gap(com.vaadin.flow.component.Component on, ComplianceGap gap) {
        return on.getTranslation("compliance.type." + gap.type()) + " (" + on.getTranslation("compliance.gap." + gap.reason()) + ")";
    }

    /** Fetches the document's file and offers it through the anchor as a download. */
    static void offer(ApiCaller api, ComplianceClient client, ComplianceDocument document, Anchor link) {
        api.fetch(auth -> client.downloadComplianceDocument(auth, document.id()).body()).ifPresent(bytes -> {
            link.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes), document.fileName(),
                    document.mediaType(), bytes.length)), AttachmentType.DOWNLOAD);
            link.setText(link.getTranslation("compliance.file", document.fileName()));
            link.setVisible(true);
            link.getElement().executeJs("this.click()");
        });
    }
}
