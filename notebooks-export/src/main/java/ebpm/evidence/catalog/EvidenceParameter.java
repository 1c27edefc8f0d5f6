package ebpm.evidence.catalog;

import ebpm.analytics.area.LocalGovernmentCode;
import ebpm.analytics.period.FiscalYear;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A filter an evidence table accepts, e.g. {@code fy}. Its value reaches SQL only as a bound parameter, through the
 * one-row {@code params} table the query reads. A parameter without {@code default_sql} is optional: left out, it
 * is bound as NULL, which the SQL reads as "all" (e.g. {@code p.site IS NULL OR site = p.site}). A required one
 * ({@code required: true}) must be given: the nightly pack, which gives no filters, leaves such a table out.
 *
 * @param type       how the command-line text is read: {@code fiscal_year} (2020, 令和2年度, R2),
 *                   {@code calendar_year} (2020), {@code municipality} (a 6-digit code such as 141003),
 *                   {@code site} (a site id such as kanagawa-now), {@code indicator} (an indicator code such as
 *                   tourism_visitors), {@code area} (a 6-digit local government code with its check digit, the
 *                   prefecture's 140007 included), {@code breakdown} (free text such as 全体) or {@code plan} (a
 *                   plan id of the project's {@code plans/}, such as dx-2024)
 * @param defaultSql a query returning the value to use when none is given (e.g. the latest fiscal year), or null
 */
public record EvidenceParameter(String name, String label, String type, String defaultSql, boolean required) {

    public static final List<String> TYPES = List.of("fiscal_year", "calendar_year", "municipality", "site",
            "indicator", "area", "breakdown", "plan");

    /** A parameter that may be left out (a default from the data, or "all"). */
    public EvidenceParameter(String name, String label, String type, String defaultSql) {
        this(name, label, type, defaultSql, false);
    }

    private static final Pattern CALENDAR_YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{6}");
    private static final Pattern SITE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PLAN = Pattern.compile("[a-z][a-z0-9-]*");
    /** A breakdown is free text, but one line of it: 全体, Ⅰ①, a project's name. */
    private static final int BREAKDOWN_LENGTH = 200;

    public EvidenceParameter {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("parameter " + name + " has unknown type '" + type
                    + "'; use " + String.join(", ", TYPES));
        }
        if (required && defaultSql != null) {
            // A default would never be used: the filter must be given anyway.
            throw new IllegalArgumentException("parameter " + name + " is required, so it has no default_sql");
        }
    }

    public boolean optional() {
        return defaultSql == null && !required;
    }

    /**
     * Reads the command-line text as this parameter's type.
     *
     * @throws IllegalArgumentException naming the option and what it accepts
     */
    public Object parse(String text) {
        String value = text.strip();
        return switch (type) {
            case "fiscal_year" -> FiscalYear.parse(value).orElseThrow(() -> refused(text, "a fiscal year",
                    "2020 or 令和2年度"));
            case "calendar_year" -> {
                if (!CALENDAR_YEAR.matcher(value).matches()) {
                    throw refused(text, "a calendar year", "2020");
                }
                yield Integer.parseInt(value);
            }
            case "municipality" -> matching(MUNICIPALITY, text, "a municipality code", "141003 (6 digits)");
            case "indicator" -> matching(INDICATOR, text, "an indicator code",
                    "tourism_visitors (lower-case letters, digits and _; see: ebpm catalog)");
            case "plan" -> matching(PLAN, text, "a plan id", "dx-2024 or ict-2019 (see: ebpm catalog)");
            case "area" -> {
                if (!LocalGovernmentCode.hasValidCheckDigit(value)) {
                    throw refused(text, "an area code", "140007 (the prefecture) or 141003 (6 digits, the last "
                            + "one the check digit)");
                }
                yield value;
            }
            case "breakdown" -> {
                if (value.isEmpty() || value.length() > BREAKDOWN_LENGTH || value.lines().count() > 1) {
                    throw refused(text, "a breakdown", "全体 or Ⅰ① (one line of text)");
                }
                yield value;
            }
            default -> matching(SITE, text, "a site id", "kanagawa-now");
        };
    }

    /** The SQL type the value is bound as in the {@code params} table. */
    public String sqlType() {
        return "fiscal_year".equals(type) || "calendar_year".equals(type) ? "INTEGER" : "VARCHAR";
    }

    private String matching(Pattern pattern, String text, String what, String example) {
        String value = text.strip();
        if (!pattern.matcher(value).matches()) {
            throw refused(text, what, example);
        }
        return value;
    }

    private IllegalArgumentException refused(String text, String what, String example) {
        return new IllegalArgumentException("--" + name + " '" + text + "' is not " + what + "; write e.g. " + example);
    }
}
