package ebpm.evidence.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a column of an evidence table holds, which decides how every format prints it: a year is {@code 2020} (never
 * {@code 2,020}), a code its digits, a count {@code 1,234}, a decimal its declared places. Declared in the evidence
 * YAML ({@code columns: {年度: {type: year}}}) or inferred by {@link ColumnFormats} from the column's name and SQL
 * type.
 */
public enum ColumnType {
    /** Words; a number declared text prints its digits as they are. */
    TEXT("text"),
    /** A calendar or fiscal year: digits without separators, {@code 2020}. */
    YEAR("year"),
    /** A number that names something (番号, 順位, a code): digits without separators. */
    CODE("code"),
    /** A whole quantity: {@code 1,234}; {@code #,##0} in Excel. */
    COUNT("count"),
    /** A measured quantity: the declared decimals ({@code decimals:} or {@code decimals_from:}). */
    DECIMAL("decimal");

    private final String yamlName;

    ColumnType(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** Whether numbers of this type print without thousands separators. */
    boolean ungrouped() {
        return this == TEXT || this == YEAR || this == CODE;
    }

    public static Optional<ColumnType> named(String yamlName) {
        return Arrays.stream(values()).filter(type -> type.yamlName.equals(yamlName)).findFirst();
    }

    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(ColumnType::yamlName).toList();
    }
}
