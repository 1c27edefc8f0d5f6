package ebpm.jobs.sample;

/**
 * Deterministic pseudo-random numbers keyed by what they are for (site, section, day, page) rather than by the
 * order they are drawn in, so that a value is the same whatever else is generated: a larger data set keeps the
 * daily totals of a smaller one. SplitMix64's finaliser mixes the keys; the same seed gives the same numbers on
 * every JVM.
 */
final class SeededNoise {

    private final long seed;

    SeededNoise(long seed) {
        this.seed = seed;
    }

    /** A number in [0, 1) for these keys. */
    double uniform(long a, long b, long c, long d) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ a);
        h = mix(h ^ b);
        h = mix(h ^ c);
        h = mix(h ^ d);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A multiplier around 1 (log-normal with mean 1) for these keys. */
    double factor(double sigma, long a, long b, long c, long d) {
        double u1 = Math.max(uniform(a, b, c, d), 1e-12);
        double u2 = uniform(a, b, c, ~d);
        double normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        return Math.exp(sigma * normal - sigma * sigma / 2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
