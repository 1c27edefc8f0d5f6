package ebpm.jobs.observations;

import static ebpm.jobs.observations.ObservationSource.*;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.period.FiscalYear;
import ebpm.jobs.landing.ExcelText;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.reference.Municipalities;
import java.util.Map;
import java.util.TreeMap;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import ebpm.jobs.measures.MeasureCellParser;
import ebpm.jobs.measures.Quantity;
import java.util.List;
import java.util.regex.Pattern;

/** Validates one published observation and normalises its period (e.g. 令和元年度 → FY 2019). */
final class ObservationRowMapper implements RowMapper {

    private static final LakeTable TABLE = LakeTables.OBSERVATIONS;
    private static final Pattern INDICATOR_CODE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern AREA_CODE = Pattern.compile("\\d{6}");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final HeaderIndex columns;
    private final PlausibleYears years;
    private final Municipalities areas;
    private final ObservedIndicators observed;
    /** Codes no model reads, with the number of rows of each. */
    private final Map<String, Integer> unread = new TreeMap<>();

    ObservationRowMapper(HeaderIndex columns, PlausibleYears years, Municipalities areas,
                         ObservedIndicators observed) {
        this.columns = columns;
        this.years = years;
        this.areas = areas;
        this.observed = observed;
    }

    @Override
    public List<MappedRow> map(TabularRow row) {
        String indicator = matching(row, INDICATOR, INDICATOR_CODE, "a code such as measure_achievement_rate");
        String area = ExcelText.withoutPointZero(columns.required(row, AREA));
        if (!AREA_CODE.matcher(area).matches()) {
            throw new RejectedRowException(AREA + ": '" + area + "' is not a 6-digit local government code such as "
                    + "140007");
        }
        areas.areaProblem(area).ifPresent(problem -> {
            throw new RejectedRowException(AREA + ": " + problem);
        });
        String breakdown = columns.required(row, BREAKDOWN);
        String periodType = columns.required(row, PERIOD_TYPE);
        String period = period(periodType, columns.required(row, PERIOD));
        String published = columns.required(row, VALUE);
        Quantity quantity = PublishedCount.parse(published).orElseGet(() -> MeasureCellParser.parse(published));
        Object[] values = new Object[TABLE.columns().size()];
        values[TABLE.indexOf("indicator_code")] = indicator;
        values[TABLE.indexOf("area_code")] = area;
        values[TABLE.indexOf("breakdown")] = breakdown;
        values[TABLE.indexOf("period_type")] = periodType;
        values[TABLE.indexOf("period")] = period;
        values[TABLE.indexOf("value")] = quantity.value();
        values[TABLE.indexOf("unit")] = quantity.unit();
        values[TABLE.indexOf("value_text")] = published;
        values[TABLE.indexOf("status")] = columns.optional(row, STATUS);
        values[TABLE.indexOf("source")] = columns.optional(row, PUBLISHED_IN);
        if (!observed.read(indicator)) {
            unread.merge(indicator, 1, Integer::sum);
        }
        return List.of(new MappedRow(null, values));
    }

    /** A code no model reads lands (it may be meant for a model still to come) but is named, with the code meant. */
    @Override
    public List<String> finish() {
        return unread.entrySet().stream().map(code -> String.format("%s '%s' (%d row(s)) is read by no model of the "
                + "project, so it counts in no figure; %s", INDICATOR, code.getKey(), code.getValue(),
                observed.meant(code.getKey()).map(meant -> "did you mean " + meant + "?")
                        .orElse("ebpm catalog lists the indicators"))).toList();
    }

    private String period(String periodType, String text) {
        String period = switch (periodType) {
            case "FY" -> FiscalYear.parse(text).map(String::valueOf).orElseThrow(() -> new RejectedRowException(
                    PERIOD + ": '" + text + "' is not a fiscal year (write 2019 or 令和元年度)"));
            case "CY" -> expect(text, CALENDAR_YEAR, "a calendar year such as 2019");
            case "MONTH" -> expect(text, MONTH, "a month such as 2019-04");
            case "DAY" -> expect(text, DAY, "a date such as 2019-04-01");
            default -> throw new RejectedRowException(
                    PERIOD_TYPE + ": '" + periodType + "' is not one of FY, CY, MONTH, DAY");
        };
        years.check(PERIOD, Integer.parseInt(period.substring(0, 4)), "FY".equals(periodType) ? "fiscal year"
                : "year");
        return period;
    }

    private static String expect(String text, Pattern pattern, String what) {
        if (!pattern.matcher(text).matches()) {
            throw new RejectedRowException(PERIOD + ": '" + text + "' is not " + what);
        }
        return text;
    }

    private String matching(TabularRow row, String column, Pattern pattern, String what) {
        String value = columns.required(row, column);
        if (!pattern.matcher(value).matches()) {
            throw new RejectedRowException(column + ": '" + value + "' is not " + what);
        }
        return value;
    }
}
