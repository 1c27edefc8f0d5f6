package ebpm.analytics.period;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Japanese fiscal year (年度), April to March: 2020-04-01..2021-03-31 is FY2020 = 令和2年度.
 * Parses the ways offices write it: {@code 2020}, {@code 2020年度}, {@code 令和2年度}, {@code 令和元年度}, {@code R2},
 * {@code 平成31年度}, {@code H31}, full-width digits included.
 */
public final class FiscalYear {

    private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:年度)?");
    private static final Pattern WAREKI = Pattern.compile("(令和|平成|R|H)(\\d{1,2}|元)(?:年度)?");

    private FiscalYear() {
    }

    public static int of(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public static LocalDate start(int fiscalYear) {
        return LocalDate.of(fiscalYear, 4, 1);
    }

    public static LocalDate end(int fiscalYear) {
        return LocalDate.of(fiscalYear + 1, 3, 31);
    }

    /** The year as a planner reads it, e.g. {@code 令和2年度} for 2020 (Reiwa began in FY2019 = 令和元年度). */
    public static String japanese(int fiscalYear) {
        if (fiscalYear >= 2019) {
            int reiwa = fiscalYear - 2018;
            return "令和" + (reiwa == 1 ? "元" : Integer.toString(reiwa)) + "年度";
        }
        int heisei = fiscalYear - 1988;
        return "平成" + (heisei == 1 ? "元" : Integer.toString(heisei)) + "年度";
    }

    public static Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase();
        Matcher western = WESTERN.matcher(normalized);
        if (western.matches()) {
            return Optional.of(Integer.parseInt(western.group(1)));
        }
        Matcher wareki = WAREKI.matcher(normalized);
        if (wareki.matches()) {
            int year = wareki.group(2).equals("元") ? 1 : Integer.parseInt(wareki.group(2));
            boolean reiwa = wareki.group(1).equals("令和") || wareki.group(1).equals("R");
            return Optional.of(year + (reiwa ? 2018 : 1988));
        }
        return Optional.empty();
    }
}
