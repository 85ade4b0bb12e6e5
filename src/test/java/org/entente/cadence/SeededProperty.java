package org.entente.cadence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Decides whether a property holds over inputs generated from fixed seeds: try {@code i} draws its input from
 * {@code new Random(seed(i))}; a failure is shrunk (fewer elements, smaller numbers, while it still fails) and
 * reported with its seed, the generated input and the smallest failing input found. Inputs that the property's
 * assumption rejects are drawn again and do not count as tries. {@code -Dentente.property.seed=N} reruns one seed.
 */
final class SeededProperty<T> {

    static final long BASE_SEED = 42;
    private static final int MAX_SHRINK_STEPS = 2_000;

    private final String name;
    private final int tries;
    private final Function<Gen, T> generator;
    private Function<T, List<T>> shrinks = t -> List.of();
    private Predicate<T> assumption = t -> true;

    private SeededProperty(String name, int tries, Function<Gen, T> generator) {
        this.name = name;
        this.tries = tries;
        this.generator = generator;
    }

    static <T> SeededProperty<T> forAll(String name, int tries, Function<Gen, T> generator) {
        return new SeededProperty<>(name, tries, generator);
    }

    /** Smaller candidates of a failing input, simplest first. */
    SeededProperty<T> shrinkingWith(Function<T, List<T>> candidates) {
        this.shrinks = candidates;
        return this;
    }

    /** Only inputs for which {@code holds} is true are tried (and shrunk to). */
    SeededProperty<T> assuming(Predicate<T> holds) {
        this.assumption = holds;
        return this;
    }

    /** Runs the property; throws an AssertionError naming the seed and the smallest failing input. */
    void check(Consumer<T> property) {
        String only = System.getProperty("entente.property.seed");
        for (int i = 0; i < tries; i++) {
            long seed = seed(i);
            if (only != null && Long.parseLong(only) != seed) {
                continue;
            }
            Gen gen = new Gen(new Random(seed));
            T input = generator.apply(gen);
            while (!assumption.test(input)) {
                input = generator.apply(gen);
            }
            Throwable failure = failure(property, input);
            if (failure != null) {
                T smallest = input;
                Throwable smallestFailure = failure;
                int steps = 0;
                boolean shrunk = true;
                while (shrunk && steps < MAX_SHRINK_STEPS) {
                    shrunk = false;
                    for (T candidate : shrinks.apply(smallest)) {
                        steps++;
                        if (!assumption.test(candidate)) {
                            continue;
                        }
                        Throwable f = failure(property, candidate);
                        if (f != null) {
                            smallest = candidate;
                            smallestFailure = f;
                            shrunk = true;
                            break;
                        }
                    }
                }
                throw new AssertionError(name + " failed at try " + i + ", seed " + seed
                        + " (rerun with -Dentente.property.seed=" + seed + ")\n  generated: " + input
                        + "\n  smallest failing input: " + smallest + "\n  its failure: " + smallestFailure,
                        smallestFailure);
            }
        }
    }

    static long seed(int tryIndex) {
        return BASE_SEED * 1_000_003L + tryIndex;
    }

    private static <T> Throwable failure(Consumer<T> property, T input) {
        try {
            property.accept(input);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    /** Draws values from one seeded Random, with the ends of each range drawn more often (edge cases). */
    static final class Gen {
        private final Random random;

        Gen(Random random) {
            this.random = random;
        }

        /** An int in [min, max]; min or max each one time in ten. */
        int between(int min, int max) {
            int roll = random.nextInt(10);
            if (roll == 0) {
                return min;
            }
            if (roll == 1) {
                return max;
            }
            return min + random.nextInt(max - min + 1);
        }

        boolean bool() {
            return random.nextBoolean();
        }

        /** A list of size in [minSize, maxSize] with elements in [min, max]. */
        List<Integer> ints(int minSize, int maxSize, int min, int max) {
            int size = between(minSize, maxSize);
            List<Integer> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(between(min, max));
            }
            return List.copyOf(list);
        }
    }

    /** Shrink candidates for the parts of an input. */
    static final class Shrink {
        private Shrink() {
        }

        /** Smaller values towards {@code min}: min itself, halfway, one less. */
        static List<Integer> toward(int value, int min) {
            LinkedHashSet<Integer> out = new LinkedHashSet<>();
            if (value > min) {
                out.add(min);
                out.add(min + (value - min) / 2);
                out.add(value - 1);
            }
            out.remove(value);
            return List.copyOf(out);
        }

        /** Shorter lists (never below minSize), then lists with one element shrunk towards {@code min}. */
        static List<List<Integer>> list(List<Integer> list, int minSize, int min) {
            List<List<Integer>> out = new ArrayList<>();
            if (list.size() > minSize) {
                out.add(List.copyOf(list.subList(0, Math.max(minSize, list.size() / 2))));
                for (int i = list.size() - 1; i >= 0; i--) {
                    List<Integer> shorter = new ArrayList<>(list);
                    shorter.remove(i);
                    out.add(List.copyOf(shorter));
                }
            }
            for (int i = 0; i < list.size(); i++) {
                for (int smaller : toward(list.get(i), min)) {
                    List<Integer> changed = new ArrayList<>(list);
                    changed.set(i, smaller);
                    out.add(List.copyOf(changed));
                }
            }
            return out;
        }

        /** Each candidate of one component, the rest unchanged: {@code with.apply(candidate)}. */
        static <T, C> void each(List<T> out, List<C> candidates, Function<C, T> with) {
            candidates.forEach(c -> out.add(with.apply(c)));
        }

        /** Candidates for an int component. */
        static <T> void intPart(List<T> out, int value, int min, IntFunction<T> with) {
            toward(value, min).forEach(v -> out.add(with.apply(v)));
        }

        /** A true boolean shrinks to false. */
        static <T> void boolPart(List<T> out, boolean value, Function<Boolean, T> with) {
            if (value) {
                out.add(with.apply(false));
            }
        }
    }
}
