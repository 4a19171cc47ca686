package uk.homecare.portal.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderCountChangeTest {

    @Test
    void a_council_with_no_providers_a_year_ago_has_no_percentage_and_no_warning() {
        var change = new ProviderCountChange(15, 0);
        assertThat(change.percent()).as("a change from none is not +0%").isNull();
        assertThat(change.fallWarning()).isFalse();
    }

    @Test
    void the_change_is_a_rounded_share_of_the_number_a_year_ago() {
        assertThat(new ProviderCountChange(15, 12).percent()).isEqualTo(25);
        assertThat(new ProviderCountChange(12, 12).percent()).isZero();
        assertThat(new ProviderCountChange(11, 12).percent()).isEqualTo(-8);
        assertThat(new ProviderCountChange(0, 3).percent()).isEqualTo(-100);
    }

    @Test
    void a_fall_of_five_percent_or_more_is_warned_of_and_a_smaller_one_is_not() {
        assertThat(new ProviderCountChange(19, 20).fallWarning()).as("exactly 5%").isTrue();
        assertThat(new ProviderCountChange(20, 21).fallWarning()).as("4.8%").isFalse();
        assertThat(new ProviderCountChange(21, 20).fallWarning()).isFalse();
    }
}
