package uk.homecare.portal.ui.messaging;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import java.util.function.Consumer;
import uk.homecare.portal.api.messaging.PackageQuery;
import uk.homecare.portal.api.messaging.QueryAction;
import uk.homecare.portal.api.messaging.QueryForm;
import uk.homecare.portal.api.messaging.QueryMessage;
import uk.homecare.portal.api.messaging.QuerySummary;
import uk.homecare.portal.api.messaging.ReplyForm;
import uk.homecare.portal.ui.client.MessagingClient;
import uk.homecare.portal.ui.client.SubmissionKey;
import uk.homecare.portal.ui.forms.ActionMark;
import uk.homecare.portal.ui.forms.RecordForm;
import uk.homecare.portal.ui.problem.Problems;
import uk.homecare.portal.ui.security.ApiCaller;

/**
 * One query: its type, where it stands and when an answer is due, its messages oldest first, and a reply and a close
 * while the API lists them. A reply's Idempotency-Key stays the same while the same text is sent again.
 */
final class QueryThread extends VerticalLayout {

    private final transient MessagingClient client;
    private final transient ApiCaller api;
    private final transient Problems problems;
    private final transient Consumer<PackageQuery> changed;
    private final H3 heading = new H3();
    private final Div facts = new Div();
    private final VerticalLayout messages = new VerticalLayout();
    private final RecordForm<ReplyForm> reply;
    private final Button close;
    private final SubmissionKey replyKey = new SubmissionKey();
    private PackageQuery shown;

    QueryThread(MessagingClient client, ApiCaller api, Problems problems, Consumer<PackageQuery> changed) {
        this.client = client;
        this.api = api;
        this.problems = problems;
        this.changed = changed;
        setId("query-thread");
        setPadding(false);
        heading.getElement().setAttribute("tabindex", "-1");
        facts.setId("query-facts");
        messages.setId("query-messages");
        messages.setPadding(false);
        var body = new TextArea(getTranslation("query.reply.body"));
        body.setId("query-reply-body");
        body.setMaxLength(QueryForm.MAX_BODY);
        body.setHelperText(getTranslation("query.body.help"));
        reply = new RecordForm<>("query-reply", ReplyForm.class, "query.reply.title", "query.reply.submit", this::reply);
        reply.with(body);
        reply.binder().forField(body).asRequired(getTranslation("validation.required")).bind("body");
        close = new Button(getTranslation("query.close"), click -> close());
        close.setId("query-close");
        close.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        add(heading, facts, messages, reply, close);
        setVisible(false);
    }

    void show(PackageQuery query) {
        shown = query;
        setVisible(true);
        QuerySummary q = query.query();
        heading.setText(getTranslation("query.heading", q.subject(), q.packageReference()));
        facts.removeAll();
        facts.add(new Paragraph(getTranslation("query.facts", QueryWords.type(this, q), QueryWords.status(this, q),
                getTranslation("query.side." + q.raisedBy()), q.provider().name())));
        if (q.dueOn() != null) {
            facts.add(new Paragraph(QueryWords.due(this, q)));
        }
        messages.removeAll();
        for (QueryMessage message : query.messages()) {
            var item = new Div();
            item.addClassName("query-message");
            item.add(new Paragraph(getTranslation("query.message.by", getTranslation("query.side." + message.side()), message.author(),
                    QueryWords.dateTime(this, message.sentAt()))));
            var text = new Paragraph(message.body());
            text.getStyle().set("white-space", "pre-wrap");
            item.add(text);
            messages.add(item);
        }
        boolean mayReply = q.actions().contains(QueryAction.REPLY);
        reply.setVisible(mayReply);
        if (mayReply) {
            ActionMark.mark(reply.button(), QueryAction.REPLY, q.id());
        }
        close.setVisible(q.actions().contains(QueryAction.CLOSE));
        ActionMark.mark(close, QueryAction.CLOSE, q.id());
    }

    void hide() {
        shown = null;
        setVisible(false);
    }

    void focus() {
        heading.getElement().callJsFunction("focus");
    }

    private void reply(ReplyForm form) {
        UUID id = shown.query().id();
        String key = replyKey.of(form);
        api.submit(auth -> client.replyToQuery(auth, id, key, form), reply.binder()).ifPresent(answered -> {
            problems.showInfo(getTranslation("query.reply.done"));
            reply.binder().readRecord(new ReplyForm(""));
            show(answered);
            changed.accept(answered);
        });
    }

    private void close() {
        UUID id = shown.query().id();
        api.fetch(auth -> client.closeQuery(auth, id)).ifPresent(closed -> {
            problems.showInfo(getTranslation("query.close.done"));
            show(closed);
            changed.accept(closed);
        });
    }
}
