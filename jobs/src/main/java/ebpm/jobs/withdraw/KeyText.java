package ebpm.jobs.withdraw;

import ebpm.analytics.lake.ColumnType;
import ebpm.analytics.lake.LakeColumn;
import ebpm.analytics.period.FiscalYear;
import ebpm.analytics.withdrawal.WithdrawableKeys.RowKey;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A key as an operator types it, {@code 2020,141003,特定保健指導}, read into the lake's types: a fiscal year in any
 * form ebpm reads elsewhere ({@code 令和2年度}, {@code R2}), full-width digits as digits. The last value takes the
 * rest of the text, so a project name may hold a comma.
 */
public final class KeyText {

    private KeyText() {
    }

    /** @throws IllegalArgumentException saying what the key is made of and what was wrong */
    public static List<Object> parse(String source, RowKey key, String text) {
        int size = key.columns().size();
        String[] parts = text.split(",", size);
        if (parts.length != size) {
            throw new IllegalArgumentException(usage(source, key) + "; '" + text + "' has " + parts.length
                    + (parts.length == 1 ? " value" : " values"));
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(value(source, key, i, parts[i].strip()));
        }
        return values;
    }

    /** What a key of this source is, e.g. {@code a health key is 年度,市町村コード,事業名, e.g. --key 2020,…}. */
    public static String usage(String source, RowKey key) {
        return "a " + source + " key is " + String.join(",", key.labels()) + ", e.g. --key " + key.example();
    }

    private static Object value(String source, RowKey key, int index, String text) {
        LakeColumn column = key.columns().get(index);
        String label = key.labels().get(index);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(usage(source, key) + "; " + label + " is empty");
        }
        if (column.type() == ColumnType.STRING) {
            return column.name().endsWith("_code") ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text;
        }
        if (column.name().equals("fiscal_year")) {
            return FiscalYear.parse(text).orElseThrow(() -> new IllegalArgumentException(usage(source, key) + "; "
                    + label + " '" + text + "' is not a fiscal year (2020, 令和2年度, R2)"));
        }
        try {
            return Integer.valueOf(Normalizer.normalize(text, Normalizer.Form.NFKC));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(usage(source, key) + "; " + label + " '" + text + "' is not a number");
        }
    }
}
