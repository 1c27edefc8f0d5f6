package ebpm.jobs.observations;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import ebpm.jobs.measures.Quantity;
import java.util.List;
import java.util.Set;

/**
 * Reads the prefecture's published visitor statistics (延観光客数 by calendar year, in the survey pages' own columns
 * {@code calendar_year,visitors_as_published,status,source}) as observations of {@code tourism_visitors} for the
 * prefecture, in persons, with the published text kept. Preliminary (速報) and final (確報) rows both land; the
 * staging model prefers the final one.
 */
final class VisitorStatisticsRowMapper implements RowMapper {

    static final String YEAR = "calendar_year";
    static final String VISITORS = "visitors_as_published";
    static final String STATUS = "status";
    static final String SOURCE = "source";
    static final List<String> REQUIRED_COLUMNS = List.of(YEAR, VISITORS, STATUS, SOURCE);

    static final String INDICATOR = "tourism_visitors";
    static final String PREFECTURE = "140007";
    private static final Set<String> STATUSES = Set.of("確報", "速報");
    private static final LakeTable TABLE = LakeTables.OBSERVATIONS;

    private final HeaderIndex columns;

    private final PlausibleYears years;

    VisitorStatisticsRowMapper(HeaderIndex columns, PlausibleYears years) {
        this.columns = columns;
        this.years = years;
    }

    @Override
    public List<MappedRow> map(TabularRow row) {
        String year = columns.required(row, YEAR);
        if (!year.matches("(19|20)\\d\\d")) {
            throw new RejectedRowException(YEAR + ": '" + year + "' is not a calendar year such as 2019");
        }
        years.check(YEAR, Integer.parseInt(year), "calendar year");
        String published = columns.required(row, VISITORS);
        Quantity visitors = PublishedCount.parse(published)
                .filter(count -> count.unit().equals("人"))
                .orElseThrow(() -> new RejectedRowException(VISITORS + ": '" + published
                        + "' is not a number of persons such as 184,594千人 or 1億9,297万人"));
        String status = columns.required(row, STATUS);
        if (!STATUSES.contains(status)) {
            throw new RejectedRowException(STATUS + ": '" + status + "' is neither 確報 (final) nor 速報 (preliminary)");
        }
        Object[] values = new Object[TABLE.columns().size()];
        values[TABLE.indexOf("indicator_code")] = INDICATOR;
        values[TABLE.indexOf("area_code")] = PREFECTURE;
        values[TABLE.indexOf("breakdown")] = "全体";
        values[TABLE.indexOf("period_type")] = "CY";
        values[TABLE.indexOf("period")] = year;
        values[TABLE.indexOf("value")] = visitors.value();
        values[TABLE.indexOf("unit")] = visitors.unit();
        values[TABLE.indexOf("value_text")] = published;
        values[TABLE.indexOf("status")] = status;
        values[TABLE.indexOf("source")] = columns.optional(row, SOURCE);
        return List.of(new MappedRow(null, values));
    }
}
