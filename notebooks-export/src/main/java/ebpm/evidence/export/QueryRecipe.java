package ebpm.evidence.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an evidence table is computed again on a fresh DuckDB connection: a view over each relation the SQL reads,
 * from its rows as {@link RelationExtract extracted} into Parquet, the filters bound into {@code params}, the SQL.
 * It is the evidence's "how" beside the lineage's "from what", and what a notebook re-runs, with the duckdb (1.x or
 * later) an analyst has: Parquet files, unlike the engine's database file, every version reads.
 *
 * @param definition  the evidence definition, e.g. {@code achievement-by-pillar}
 * @param grain       what one row of the table is
 * @param filters     the filters as planners read them, label to value, e.g. 年度 → 2020
 * @param inputs      the relations the SQL reads (models, lake views, {@code indicator_value}…), by name
 * @param extract     writes the rows of one of {@code inputs} as Parquet
 * @param paramsSql   the statement creating the one-row {@code params} table, with a {@code ?} per value
 * @param paramValues the values bound to {@code paramsSql}, in order; null means "all"
 * @param sql         the evidence SQL
 */
public record QueryRecipe(String definition, String grain, Map<String, String> filters, List<String> inputs,
                          RelationExtract extract, String paramsSql, List<Object> paramValues, String sql) {

    public QueryRecipe {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(grain, "grain");
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(extract, "extract");
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
