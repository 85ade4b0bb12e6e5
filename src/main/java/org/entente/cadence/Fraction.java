package org.entente.cadence;

/** An exact share p/q recovered from a decimal share, so that balance is computed in integers. */
record Fraction(long numerator, long denominator) {

    static final long MAX_DENOMINATOR = 1_000;

    /**
     * The fraction with the smallest denominator (at most {@link #MAX_DENOMINATOR}) within 1e-9 of {@code share},
     * found by continued fractions; 0.5 gives 1/2, 1/3.0 gives 1/3, 0.333 gives 333/1000.
     */
    static Fraction of(double share) {
        long p0 = 0, q0 = 1, p1 = 1, q1 = 0;
        double x = share;
        Fraction best = new Fraction(Math.round(share * MAX_DENOMINATOR), MAX_DENOMINATOR);
        for (int i = 0; i < 40; i++) {
            long a = (long) Math.floor(x);
            long p2 = a * p1 + p0;
            long q2 = a * q1 + q0;
            if (q2 > MAX_DENOMINATOR) {
                break;
            }
            best = new Fraction(p2, q2);
            if (Math.abs((double) p2 / q2 - share) < 1e-9) {
                break;
            }
            double rest = x - a;
            if (rest < 1e-12) {
                break;
            }
            x = 1 / rest;
            p0 = p1;
            q0 = q1;
            p1 = p2;
            q1 = q2;
        }
        return best.reduced();
    }

    /** The same fraction in lowest terms. */
    Fraction reduced() {
        long g = gcd(Math.abs(numerator), denominator);
        return g <= 1 ? this : new Fraction(numerator / g, denominator / g);
    }

    static long gcd(long a, long b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }

    static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }
}
