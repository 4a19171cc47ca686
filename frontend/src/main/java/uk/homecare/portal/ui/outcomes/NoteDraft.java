package uk.homecare.portal.ui.outcomes;

/** The note form's field while it is being filled in (a bean for the binder, named as the API's field). */
public class NoteDraft {

    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
