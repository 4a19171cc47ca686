package uk.homecare.portal.ui.problem;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The session's error handler: logs what was not caught and tells the person, without the details. */
@Singleton
public class UnexpectedErrors implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final transient Problems problems;

    UnexpectedErrors(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void error(ErrorEvent event) {
        LOG.error("Unexpected error in the UI", event.getThrowable());
        if (UI.getCurrent() != null) {
            problems.showUnexpected();
        }
    }
}
