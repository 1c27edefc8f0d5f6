package ebpm.analytics.project;

import ebpm.analytics.lake.ColumnType;
import ebpm.analytics.lake.LakeColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the project's seeds: each {@code seeds/<name>.csv} with its sidecar {@code seeds/<name>.yaml}, which states
 * the columns and their types, the columns that must be filled and those that identify a row:
 * <pre>
 * description: 観光サイト: the landing folder of each site, its name and its GA4 property
 * columns: {site_id: text, name: text, ga4_property: text}
 * not_null: [site_id, name]
 * unique: [site_id]
 * accepted: {better: [lower, higher]}     # optional: the only values a column may hold
 * </pre>
 * Every cell is checked against its column's type, so a typo in Excel stops the run with the file, line and column
 * instead of becoming a silent NULL.
 */
public final class Seeds {

    public static final String FOLDER = "seeds/";
    public static final String VIEW_PREFIX = "seed_";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Map<String, ColumnType> TYPES = Map.of("text", ColumnType.STRING,
            "integer", ColumnType.LONG, "decimal", ColumnType.DOUBLE, "boolean", ColumnType.BOOLEAN);

    private Seeds() {
    }

    /** Every seed of the project, by view name ({@code seed_<name>}). */
    public static Map<String, ReferenceTable> load(Project project) {
        Map<String, ReferenceTable> seeds = new LinkedHashMap<>();
        for (ProjectFile csv : project.files(FOLDER, ".csv")) {
            String name = csv.stem();
            if (!NAME.matcher(name).matches() || csv.path().indexOf('/', FOLDER.length()) >= 0) {
                throw new DefinitionException(csv.origin() + ": a seed is named seeds/<name>.csv with a name of "
                        + "lower-case letters, digits and _ (it becomes the view seed_<name>)");
            }
            ProjectFile sidecar = project.file(FOLDER + name + ".yaml").orElseThrow(() -> new DefinitionException(
                    csv.origin() + ": seed " + name + " has no sidecar " + FOLDER + name + ".yaml stating its "
                            + "columns (columns: {column: text|integer|decimal|boolean})"));
            seeds.put(VIEW_PREFIX + name, read(csv, sidecar));
        }
        return seeds;
    }

    static ReferenceTable read(ProjectFile csv, ProjectFile sidecar) {
        YamlBlock yaml = YamlBlock.parse(sidecar.origin(), sidecar.text())
                .allowOnly(List.of("description", "columns", "not_null", "unique", "accepted"));
        List<LakeColumn> columns = columns(yaml);
        List<SeedCsv.Record> records = SeedCsv.records(csv.origin(), SeedCsv.decode(csv.content()));
        if (records.isEmpty()) {
            throw new DefinitionException(csv.origin() + ": is empty; the first line names the columns: "
                    + names(columns));
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        if (!header.equals(names(columns))) {
            throw new DefinitionException(csv.origin() + " line 1: the columns are " + String.join(",", header)
                    + " but " + sidecar.origin() + " declares " + String.join(",", names(columns))
                    + " (same names, same order)");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SeedCsv.Record record : records.subList(1, records.size())) {
            rows.add(row(csv.origin(), record, columns));
        }
        checkUnique(csv.origin(), yaml, records.subList(1, records.size()), rows, columns);
        checkAccepted(csv.origin(), yaml, records.subList(1, records.size()), rows, columns);
        return new ReferenceTable(VIEW_PREFIX + csv.stem(), csv.path(), csv.origin(), csv.sha256(),
                yaml.optionalText("description").orElse(""), columns, rows);
    }

    private static List<LakeColumn> columns(YamlBlock yaml) {
        List<String> notNull = yaml.texts("not_null");
        List<LakeColumn> columns = new ArrayList<>();
        yaml.block("columns").texts().forEach((column, type) -> {
            if (!NAME.matcher(column).matches()) {
                throw yaml.error("columns", "column name '" + column + "' must be lower-case letters, digits and _");
            }
            ColumnType columnType = TYPES.get(type);
            if (columnType == null) {
                throw yaml.error("columns", "column " + column + " has type '" + type
                        + "'; use text, integer, decimal or boolean");
            }
            columns.add(new LakeColumn(column, columnType, notNull.contains(column)));
        });
        for (String key : List.of("not_null", "unique")) {
            for (String column : yaml.texts(key)) {
                if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                    throw yaml.error(key, key + " names '" + column + "', which is not among the columns");
                }
            }
        }
        return columns;
    }

    private static List<Object> row(String file, SeedCsv.Record record, List<LakeColumn> columns) {
        if (record.cells().size() > columns.size()) {
            throw new DefinitionException(file + " line " + record.line() + ": " + record.cells().size()
                    + " cells for " + columns.size() + " columns");
        }
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            LakeColumn column = columns.get(i);
            String cell = i < record.cells().size() ? record.cells().get(i).strip() : "";
            if (cell.isEmpty()) {
                if (column.required()) {
                    throw new DefinitionException(file + " line " + record.line() + ": " + column.name()
                            + " is empty, but it must be filled");
                }
                row.add(null);
            } else {
                row.add(value(file, record.line(), column, cell));
            }
        }
        return row;
    }

    private static Object value(String file, int line, LakeColumn column, String cell) {
        try {
            return switch (column.type()) {
                case LONG -> Long.parseLong(cell.replace(",", ""));
                case DOUBLE -> finite(Double.parseDouble(cell.replace(",", "")));
                case BOOLEAN -> switch (cell.toLowerCase(java.util.Locale.ROOT)) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new NumberFormatException();
                };
                default -> cell;
            };
        } catch (NumberFormatException e) {
            throw new DefinitionException(file + " line " + line + ": " + column.name() + " '" + cell + "' is not "
                    + switch (column.type()) {
                        case LONG -> "a whole number";
                        case DOUBLE -> "a number";
                        default -> "true or false";
                    });
        }
    }

    /** NaN and Infinity parse as numbers in Java, but no seed means them and no SQL reads them as literals. */
    private static double finite(double value) {
        if (!Double.isFinite(value)) {
            throw new NumberFormatException();
        }
        return value;
    }

    private static void checkUnique(String file, YamlBlock yaml, List<SeedCsv.Record> records,
                                    List<List<Object>> rows, List<LakeColumn> columns) {
        List<String> unique = yaml.texts("unique");
        if (unique.isEmpty()) {
            return;
        }
        List<Integer> indexes = unique.stream().map(name -> names(columns).indexOf(name)).toList();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> row = rows.get(i);
            List<Object> key = indexes.stream().map(row::get).toList();
            Integer first = seen.putIfAbsent(key, records.get(i).line());
            if (first != null) {
                throw new DefinitionException(file + " line " + records.get(i).line() + ": " + String.join(" × ",
                        unique) + " " + key + " is already on line " + first + "; each may appear once");
            }
        }
    }

    private static void checkAccepted(String file, YamlBlock yaml, List<SeedCsv.Record> records,
                                      List<List<Object>> rows, List<LakeColumn> columns) {
        yaml.optionalBlock("accepted").ifPresent(accepted -> {
            for (String column : accepted.keys()) {
                int index = names(columns).indexOf(column);
                if (index < 0) {
                    throw accepted.error(column, "accepted names '" + column + "', which is not among the columns");
                }
                List<String> values = accepted.texts(column);
                for (int i = 0; i < rows.size(); i++) {
                    Object value = rows.get(i).get(index);
                    if (value != null && !values.contains(value.toString())) {
                        throw new DefinitionException(file + " line " + records.get(i).line() + ": " + column
                                + " '" + value + "' is not one of " + String.join(", ", values));
                    }
                }
            }
        });
    }

    private static List<String> names(List<LakeColumn> columns) {
        return columns.stream().map(LakeColumn::name).toList();
    }
}
