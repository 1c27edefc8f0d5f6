package ebpm.evidence.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an evidence table is computed again on a fresh DuckDB connection: open the indicator database read-only,
 * create the views over the lake and the models the SQL reads, bind the filters into {@code params}, run the SQL.
 * It is the evidence's "how" beside the lineage's "from what", and what a notebook re-runs.
 *
 * @param definition  the evidence definition, e.g. {@code achievement-by-pillar}
 * @param grain       what one row of the table is
 * @param filters     the filters as planners read them, label to value, e.g. 年度 → 2020
 * @param database    the indicator database file, opened read-only
 * @param views       the statements creating the views the SQL needs (lake tables, then models), in order
 * @param paramsSql   the statement creating the one-row {@code params} table, with a {@code ?} per value
 * @param paramValues the values bound to {@code paramsSql}, in order; null means "all"
 * @param sql         the evidence SQL
 */
public record QueryRecipe(String definition, String grain, Map<String, String> filters, Path database,
                          List<String> views, String paramsSql, List<Object> paramValues, String sql) {

    public QueryRecipe {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(grain, "grain");
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        Objects.requireNonNull(database, "database");
        views = List.copyOf(views);
        Objects.requireNonNull(paramsSql, "paramsSql");
        // A filter left out is bound as NULL, which List.copyOf would refuse.
        paramValues = Collections.unmodifiableList(new ArrayList<>(paramValues));
        Objects.requireNonNull(sql, "sql");
        long placeholders = paramsSql.chars().filter(c -> c == '?').count();
        if (placeholders != paramValues.size()) {
            throw new IllegalArgumentException("params statement of " + definition + " has " + placeholders
                    + " placeholders for " + paramValues.size() + " values");
        }
    }
}
