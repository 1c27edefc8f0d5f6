package ebpm.jobs.sample;

import java.util.Arrays;

/**
 * Splits a whole number into parts proportional to weights so that the parts add up to it exactly
 * (largest remainder method; among equal remainders the earlier part goes first).
 */
final class Apportion {

    private static final int INDEX_BITS = 24;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

    private Apportion() {
    }

    static long[] split(long total, double[] weights) {
        if (weights.length > INDEX_MASK) {
            throw new IllegalArgumentException("at most " + INDEX_MASK + " parts");
        }
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        long[] parts = new long[weights.length];
        // Each key holds a part's remainder (high bits) and its inverted index (low bits): sorted, the largest
        // remainders come last, the earlier part first among equals. A primitive sort keeps this free of boxing.
        long[] keys = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = sum == 0 ? 0 : total * (weights[i] / sum);
            parts[i] = (long) Math.floor(exact);
            long remainder = (long) ((exact - parts[i]) * (1L << 30));
            keys[i] = (remainder << INDEX_BITS) | (INDEX_MASK - i);
            given += parts[i];
        }
        long left = total - given;
        if (left > 0) {
            Arrays.sort(keys);
            for (int k = keys.length - 1; k >= 0 && left > 0; k--, left--) {
                parts[(int) (INDEX_MASK - (keys[k] & INDEX_MASK))]++;
            }
        }
        return parts;
    }
}
