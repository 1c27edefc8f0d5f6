package ebpm.evidence.query;

import ebpm.evidence.catalog.EvidenceDefinition;
import ebpm.evidence.catalog.EvidenceParameter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Runs one evidence definition on a connection where the catalog's views and the indicator tables are visible,
 * with the request's filters bound into the one-row {@code params} table, and returns the result as a table.
 */
public final class EvidenceQuery {

    private final Connection connection;

    public EvidenceQuery(Connection connection) {
        this.connection = connection;
    }

    /**
     * Resolves the filters: the given text is parsed by the parameter's type, a missing one takes its default
     * (or NULL, meaning all, when it has none).
     *
     * @throws IllegalArgumentException naming the filter and what is accepted, when a value cannot be used or a
     *                                  required one is missing
     * @throws NoDataYetException       when a filter left out takes its default from data that is not there yet
     */
    public Map<String, Object> resolve(EvidenceDefinition definition, Map<String, String> given)
            throws SQLException {
        for (String name : given.keySet()) {
            if (definition.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new IllegalArgumentException(definition.name() + " does not take --" + name);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (EvidenceParameter parameter : definition.parameters()) {
            String text = given.get(parameter.name());
            values.put(parameter.name(), text != null ? parameter.parse(text) : defaultValue(definition, parameter));
        }
        return values;
    }

    public Table run(EvidenceDefinition definition, Map<String, Object> parameters) throws SQLException {
        bindParams(definition, parameters);
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(definition.sql())) {
            Table table = Table.read().db(rows);
            return table.setName(definition.name());
        } catch (SQLException e) {
            throw new SQLException("evidence " + definition.name() + " failed: " + e.getMessage(), e);
        }
    }

    private void bindParams(EvidenceDefinition definition, Map<String, Object> parameters) throws SQLException {
        try (PreparedStatement create = connection.prepareStatement(paramsSql(definition))) {
            int index = 1;
            for (Object value : paramValues(definition, parameters)) {
                create.setObject(index++, value);
            }
            create.execute();
        }
    }

    /** The statement creating the one-row {@code params} table, with a {@code ?} per declared parameter. */
    public static String paramsSql(EvidenceDefinition definition) {
        List<String> columns = new ArrayList<>();
        for (EvidenceParameter parameter : definition.parameters()) {
            // Quoted: "from" and "to" are SQL keywords.
            columns.add("CAST(? AS " + parameter.sqlType() + ") AS \"" + parameter.name() + "\"");
        }
        String select = columns.isEmpty() ? "SELECT 1 AS none" : "SELECT " + String.join(", ", columns);
        return "CREATE OR REPLACE TEMP TABLE params AS " + select;
    }

    /** The values bound to {@link #paramsSql}, in the order the definition declares its parameters. */
    public static List<Object> paramValues(EvidenceDefinition definition, Map<String, Object> parameters) {
        List<Object> values = new ArrayList<>();
        for (EvidenceParameter parameter : definition.parameters()) {
            values.add(parameters.get(parameter.name()));
        }
        return values;
    }

    private Object defaultValue(EvidenceDefinition definition, EvidenceParameter parameter) throws SQLException {
        if (parameter.required()) {
            throw new IllegalArgumentException(definition.name() + " needs --" + parameter.name() + " ("
                    + parameter.label() + ")");
        }
        if (parameter.optional()) {
            return null;
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(parameter.defaultSql())) {
            // No row, or NULL (max() over no rows): the data the default is chosen from has not landed.
            Object value = rows.next() ? rows.getObject(1) : null;
            if (value == null) {
                throw new NoDataYetException(definition.name(), parameter.name());
            }
            return value;
        }
    }
}
