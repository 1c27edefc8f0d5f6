package ebpm.evidence.export;

import java.util.Objects;
import java.util.Optional;

/**
 * What an evidence YAML says of one column under {@code columns:}.
 *
 * @param type         what the column holds, when its name and SQL type do not tell (see {@link ColumnType})
 * @param decimalsFrom a whole-number column of the query giving each row's decimals (health outcomes: HbA1c 2,
 *                     腹囲 1, 歩数 0, from the seed); that column is used for formatting only and not shown
 */
public record ColumnDeclaration(Optional<ColumnType> type, Optional<String> decimalsFrom) {

    public ColumnDeclaration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(decimalsFrom, "decimalsFrom");
    }

    public static ColumnDeclaration of(ColumnType type) {
        return new ColumnDeclaration(Optional.of(type), Optional.empty());
    }

    public static ColumnDeclaration decimalsFrom(String column) {
        return new ColumnDeclaration(Optional.empty(), Optional.of(column));
    }
}
