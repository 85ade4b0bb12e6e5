package org.entente.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.entente.cadence.SeededProperty.Shrink;
import org.junit.jupiter.api.Test;

class SeededPropertyTest {

    record Input(int length, List<Integer> weights) {
        List<Input> shrinks() {
            List<Input> out = new ArrayList<>();
            Shrink.intPart(out, length, 1, l -> new Input(l, weights));
            Shrink.each(out, Shrink.list(weights, 2, 0), w -> new Input(length, w));
            return out;
        }
    }

    @Test
    void a_failure_names_its_seed_and_is_shrunk_to_the_smallest_failing_input() {
        SeededProperty<Input> property = SeededProperty.forAll("broken on purpose", 100,
                        g -> new Input(g.between(1, 200), g.ints(2, 6, 0, 30)))
                .shrinkingWith(Input::shrinks);

        assertThatThrownBy(() -> property.check(in -> assertThat(in.length() < 7 || in.weights().get(0) < 3)
                .isTrue()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("seed " + SeededProperty.BASE_SEED * 1_000_003L)
                .hasMessageContaining("smallest failing input: Input[length=7, weights=[3, 0]]");
    }

    @Test
    void the_same_seed_generates_the_same_inputs_and_assumptions_are_redrawn() {
        List<Input> first = new ArrayList<>();
        List<Input> second = new ArrayList<>();
        SeededProperty.forAll("collect", 50, g -> new Input(g.between(1, 200), g.ints(2, 6, 0, 30)))
                .assuming(in -> in.length() % 2 == 0).check(first::add);
        SeededProperty.forAll("collect", 50, g -> new Input(g.between(1, 200), g.ints(2, 6, 0, 30)))
                .assuming(in -> in.length() % 2 == 0).check(second::add);

        assertThat(first).hasSize(50).isEqualTo(second).allSatisfy(in -> assertThat(in.length() % 2).isZero());
    }
}
