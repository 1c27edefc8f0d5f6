package ebpm.evidence.export;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.columns.Column;

/**
 * The Python a notebook shows its table with, so that a re-run reads as the exports do: the same column types and
 * decimals {@link CellFormatter} decides for the HTML and Excel files (years {@code 2020}, counts {@code 1,234}, rates
 * at their declared places, half-up), blanks for missing values, never {@code NaN} or {@code 5.933800e+05}. The
 * helper columns that give others their decimals are read, not shown.
 */
final class NotebookDisplay {

    private static final String CELL_FUNCTION = """
            import math
            from decimal import ROUND_HALF_UP, Decimal

            import pandas as pd


            def cell(value, kind, places):
                \"""一つのセルを ebpm の HTML・Excel と同じ書式の文字列にする。\"""
                if value is None or value is pd.NA or (isinstance(value, float) and not math.isfinite(value)):
                    return ""
                if kind == "text":
                    return str(value)
                if kind in ("year", "code"):
                    return str(int(value))
                number = Decimal(repr(float(value))) if isinstance(value, float) else Decimal(int(value))
                if places is not None and not (isinstance(places, float) and math.isnan(places)):
                    number = number.quantize(Decimal(1).scaleb(-int(places)), ROUND_HALF_UP)
                elif number == number.to_integral_value():
                    number = number.quantize(Decimal(1))
                else:
                    number = number.normalize()
                return f"{number:,f}" if kind != "plain" else f"{number:f}"


            def shown(table):
                \"""表示用の表：数値は文字列に整え、桁数だけを持つ列は出さない。\"""
                columns = {}
                for name, (kind, places) in COLUMNS.items():
                    if isinstance(places, str):  # 行ごとの桁数を持つ列の名前
                        columns[name] = [cell(v, kind, p) for v, p in zip(table[name], table[places])]
                    else:
                        columns[name] = [cell(v, kind, places) for v in table[name]]
                return pd.DataFrame(columns)
            """;

    private NotebookDisplay() {
    }

    /** The {@code COLUMNS} table of the document and the {@code cell} and {@code shown} functions. */
    static String shownFunction(EvidenceDocument doc) {
        CellFormatter cells = CellFormatter.grouped(doc);
        List<String> entries = new ArrayList<>();
        for (Column<?> column : doc.table().columns()) {
            entries.add("    " + PythonText.shortString(column.name()) + ": (" + PythonText.shortString(kind(cells,
                    column)) + ", " + places(doc, column) + "),");
        }
        return "# 表示の書式：列ごとの（種類, 小数桁 または 行ごとの桁数を持つ列）\n"
                + "COLUMNS = {\n" + String.join("\n", entries) + "\n}\n\n" + CELL_FUNCTION;
    }

    private static String kind(CellFormatter cells, Column<?> column) {
        ColumnType type = cells.type(column);
        return switch (type) {
            case TEXT -> CellFormatter.isNumeric(column) ? "plain" : "text";
            case YEAR -> "year";
            case CODE -> "code";
            case COUNT, DECIMAL -> "number";
        };
    }

    private static String places(EvidenceDocument doc, Column<?> column) {
        String from = doc.formats().decimalsFrom().get(column.name());
        if (from != null) {
            return PythonText.shortString(from);
        }
        Integer declared = doc.decimals().get(column.name());
        if (declared != null) {
            return declared.toString();
        }
        // A whole-number column prints as whole numbers; a decimal one without declared places in its shortest form.
        return CellFormatter.isNumeric(column) && !CellFormatter.isFloatingPoint(column) ? "0" : "None";
    }
}
