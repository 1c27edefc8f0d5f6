package ebpm.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measurements of one figure over the timed runs (warm-up runs are never added): median, min and max. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    double median() {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    double min() {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    int count() {
        return values.size();
    }

    /** e.g. {@code 12.3 (11.9–13.0, n=5)} */
    String describe(String format) {
        return String.format(Locale.ROOT, format + " (" + format + "–" + format + ", n=%d)", median(), min(), max(),
                count());
    }
}
