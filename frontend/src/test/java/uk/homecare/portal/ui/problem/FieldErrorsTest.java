package uk.homecare.portal.ui.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.homecare.portal.api.problem.Problem;
import uk.homecare.portal.api.problem.Problem.FieldError;

class FieldErrorsTest {

    public static class Draft {
        private String name;
        private Integer hourlyRatePence;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Integer getHourlyRatePence() {
            return hourlyRatePence;
        }

        public void setHourlyRatePence(Integer hourlyRatePence) {
            this.hourlyRatePence = hourlyRatePence;
        }
    }

    private final TextField name = new TextField("Name");
    private final BigDecimalField pounds = new BigDecimalField("Hourly rate");
    private final Binder<Draft> binder = new Binder<>(Draft.class);

    FieldErrorsTest() {
        binder.forField(name).bind("name");
        binder.forField(pounds)
                .withConverter(Converter.<BigDecimal, Integer>from(
                        p -> com.vaadin.flow.data.binder.Result.ok(p == null ? null : p.movePointRight(2).intValue()),
                        p -> p == null ? null : BigDecimal.valueOf(p, 2)))
                .bind("hourlyRatePence");
    }

    private static Problem invalid(FieldError... errors) {
        return new Problem("about:blank", "Invalid input", 400, null, List.of(errors));
    }

    @Test
    void each_message_is_shown_on_the_field_bound_to_the_property_it_names() {
        var unplaced = FieldErrors.show(
                invalid(new FieldError("name", "must not be blank"), new FieldError("hourlyRatePence", "must be at most 100000")),
                binder);

        assertThat(unplaced).isEmpty();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("must not be blank");
        assertThat(pounds.isInvalid()).isTrue();
        assertThat(pounds.getErrorMessage()).isEqualTo("must be at most 100000");
    }

    @Test
    void a_dotted_path_falls_back_to_its_last_part() {
        FieldErrors.show(invalid(new FieldError("createRate.form.hourlyRatePence", "too high")), binder);
        assertThat(pounds.getErrorMessage()).isEqualTo("too high");
    }

    @Test
    void two_messages_for_one_field_are_both_shown() {
        FieldErrors.show(invalid(new FieldError("name", "too long."), new FieldError("name", "already used.")), binder);
        assertThat(name.getErrorMessage()).isEqualTo("too long. already used.");
    }

    @Test
    void an_error_for_no_field_on_the_form_is_handed_back() {
        var unplaced = FieldErrors.show(invalid(new FieldError("lots[0].zoneId", "unknown zone")), binder);
        assertThat(unplaced).extracting(FieldError::field).containsExactly("lots[0].zoneId");
        assertThat(name.isInvalid()).isFalse();
    }

    @Test
    void a_problem_without_field_errors_changes_no_field() {
        assertThat(FieldErrors.show(new Problem("about:blank", "Conflict", 409, null, null), binder)).isEmpty();
        assertThat(name.isInvalid()).isFalse();
    }
}
