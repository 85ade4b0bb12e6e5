package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FractionTest {

    @ParameterizedTest
    @CsvSource({"0.5, 1, 2", "0.3333333333333333, 1, 3", "0.6666666666666666, 2, 3", "0.333, 333, 1000",
            "0.1, 1, 10", "0, 0, 1", "1, 1, 1", "0.2857142857142857, 2, 7"})
    void a_decimal_share_becomes_the_simplest_close_fraction(double share, long numerator, long denominator) {
        assertThat(Fraction.of(share)).isEqualTo(new Fraction(numerator, denominator));
    }

    @ParameterizedTest
    @CsvSource({"0.123456789, 1000"})
    void a_share_without_a_small_fraction_is_rounded_to_the_largest_denominator(double share, long limit) {
        Fraction f = Fraction.of(share);

        assertThat(f.denominator()).isLessThanOrEqualTo(limit);
        assertThat((double) f.numerator() / f.denominator()).isCloseTo(share, org.assertj.core.data.Offset.offset(1e-3));
    }
}
