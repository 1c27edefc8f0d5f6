package ebpm.evidence.catalog;

import ebpm.analytics.period.FiscalYear;
import java.util.regex.Pattern;

/**
 * A filter an evidence table accepts, e.g. {@code fy}. Its value reaches SQL only as a bound parameter, through the
 * one-row {@code params} table the query reads. A parameter without {@code default_sql} is optional: left out, it
 * is bound as NULL, which the SQL reads as "all" (e.g. {@code p.site IS NULL OR site = p.site}).
 *
 * @param type       how the command-line text is read: {@code fiscal_year} (2020, 令和2年度, R2),
 *                   {@code calendar_year} (2020), {@code municipality} (a 6-digit code such as 141003) or
 *                   {@code site} (a site id such as kanagawa-now)
 * @param defaultSql a query returning the value to use when none is given (e.g. the latest fiscal year), or null
 */
public record EvidenceParameter(String name, String label, String type, String defaultSql, boolean required) {

    /** A parameter that may be left out (a default from the data, or "all"). */
    public EvidenceParameter(String name, String label, String type, String defaultSql) {
        this(name, label, type, defaultSql, false);
    }

    private static final Pattern CALENDAR_YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{6}");
    private static final Pattern SITE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public EvidenceParameter {
        if (!"fiscal_year".equals(type) && !"calendar_year".equals(type) && !"municipality".equals(type)
                && !"site".equals(type)) {
            throw new IllegalArgumentException("parameter " + name + " has unknown type '" + type
                    + "'; use fiscal_year, calendar_year, municipality or site");
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
            case "municipality" -> {
                if (!MUNICIPALITY.matcher(value).matches()) {
                    throw refused(text, "a municipality code", "141003 (6 digits)");
                }
                yield value;
            }
            default -> {
                if (!SITE.matcher(value).matches()) {
                    throw refused(text, "a site id", "kanagawa-now");
                }
                yield value;
            }
        };
    }

    /** The SQL type the value is bound as in the {@code params} table. */
    public String sqlType() {
        return "fiscal_year".equals(type) || "calendar_year".equals(type) ? "INTEGER" : "VARCHAR";
    }

    private IllegalArgumentException refused(String text, String what, String example) {
        return new IllegalArgumentException("--" + name + " '" + text + "' is not " + what + "; write e.g. " + example);
    }
}
