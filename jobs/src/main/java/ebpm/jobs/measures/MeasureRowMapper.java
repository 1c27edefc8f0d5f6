package ebpm.jobs.measures;

import static ebpm.jobs.measures.MeasureSheetSource.*;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.period.FiscalYear;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates one row of a measure sheet and splits it into one lake row per indicator, with each target and actual
 * parsed into a number and unit where it is one (the published text is kept beside it).
 */
final class MeasureRowMapper implements RowMapper {

    private static final LakeTable TABLE = LakeTables.MEASURES;
    /** DOTALL: a label broken over two lines in its cell (Alt+Enter in Excel) is still one label. */
    private static final Pattern PILLAR_CODE = Pattern.compile(".*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ].*", Pattern.DOTALL);
    private static final Pattern MID_PILLAR_CODE = Pattern.compile("^[①②③④⑤⑥⑦⑧⑨⑩].*", Pattern.DOTALL);
    private static final Pattern PILLAR_NUMERAL = Pattern.compile("[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]");
    private static final Pattern NUMBER_TEXT = Pattern.compile("\\d{1,4}");

    private final HeaderIndex columns;
    /**
     * Measure key → line where it was first seen, to reject a second row for the same measure. The key is the one
     * stg_measures uses: the pillar numeral (Ⅰ) and mid-pillar number (①), not the label text around them.
     */
    private final Map<List<Object>, Long> seen = new HashMap<>();

    /** The sheet's one fiscal year, learnt in the first pass over the file. */
    private final SheetFiscalYear sheetYear = new SheetFiscalYear();

    MeasureRowMapper(HeaderIndex columns) {
        this.columns = columns;
    }

    /** A sheet is small (tens of rows): reading it twice to learn its fiscal year first costs nothing. */
    @Override
    public boolean surveysFirst() {
        return true;
    }

    @Override
    public void survey(TabularRow row) {
        FiscalYear.parse(cell(row, FISCAL_YEAR)).ifPresent(sheetYear::count);
    }

    @Override
    public List<MappedRow> map(TabularRow row) {
        int fiscalYear = FiscalYear.parse(cell(row, FISCAL_YEAR)).orElseThrow(() -> reject(FISCAL_YEAR,
                "'" + cell(row, FISCAL_YEAR) + "' is not a fiscal year (write 2020 or 令和2年度)"));
        rejectOtherYear(fiscalYear);
        String pillar = RomanNumerals.inPillar(columns.required(row, PILLAR));
        if (!PILLAR_CODE.matcher(pillar).matches()) {
            throw reject(PILLAR, "'" + pillar + "' has no pillar numeral Ⅰ, Ⅱ, …");
        }
        String midPillar = columns.required(row, MID_PILLAR);
        if (!MID_PILLAR_CODE.matcher(midPillar).matches()) {
            throw reject(MID_PILLAR, "'" + midPillar + "' must start with ①, ②, …");
        }
        String field = columns.required(row, FIELD);
        int number = measureNumber(row);
        String measure = columns.required(row, MEASURE);
        String evaluation = Evaluation.parse(cell(row, EVALUATION)).orElseThrow(() -> reject(EVALUATION,
                "unknown symbol '" + cell(row, EVALUATION) + "' (expected ◎ ○ △ — or blank)"));
        rejectDuplicate(row, List.of(fiscalYear, pillarNumeral(pillar), midPillar.substring(0, 1), field, number),
                "年度 " + fiscalYear + ", " + pillar + " " + midPillar + " " + field + " 番号 " + number);

        List<String> indicators = MeasureCellParser.splitIndicators(cell(row, INDICATOR));
        List<String> targets = MeasureCellParser.splitIndicators(cell(row, TARGET));
        List<String> actuals = MeasureCellParser.splitIndicators(cell(row, ACTUAL));
        int count = Math.max(1, Math.max(indicators.size(), Math.max(targets.size(), actuals.size())));
        List<MappedRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Object[] values = new Object[TABLE.columns().size()];
            set(values, "pillar", pillar);
            set(values, "mid_pillar", midPillar);
            set(values, "field", field);
            set(values, "measure_no", number);
            set(values, "measure_name", measure);
            set(values, "department", columns.optional(row, DEPARTMENT));
            set(values, "indicator_no", i + 1);
            set(values, "indicator_count", count);
            set(values, "indicator_text", part(indicators, i));
            setQuantity(values, "target", part(targets, i));
            setQuantity(values, "actual", part(actuals, i));
            set(values, "evaluation", evaluation);
            set(values, "reason", columns.optional(row, REASON));
            rows.add(new MappedRow(fiscalYear, values));
        }
        return rows;
    }

    /**
     * A sheet speaks for one fiscal year: a row of another year (copied from last year's sheet) would otherwise
     * replace that year's measures, so it is rejected and the other year stays as it was.
     */
    private void rejectOtherYear(int fiscalYear) {
        Optional<Integer> year = sheetYear.year();
        if (year.isPresent() && year.get() != fiscalYear) {
            throw reject(FISCAL_YEAR, fiscalYear + " is not this sheet's fiscal year " + year.get()
                    + " (the year most of its rows state); a row of another year belongs in that year's sheet");
        }
    }

    private int measureNumber(TabularRow row) {
        String text = Normalizer.normalize(columns.required(row, NUMBER), Normalizer.Form.NFKC);
        if (!NUMBER_TEXT.matcher(text).matches()) {
            throw reject(NUMBER, "'" + cell(row, NUMBER) + "' is not a measure number");
        }
        return Integer.parseInt(text);
    }

    private void rejectDuplicate(TabularRow row, List<Object> key, String measure) {
        Long first = seen.putIfAbsent(key, row.lineNumber());
        if (first != null) {
            throw new RejectedRowException("duplicate measure: " + measure + " is already on line " + first);
        }
    }

    private static String pillarNumeral(String pillar) {
        Matcher numeral = PILLAR_NUMERAL.matcher(pillar);
        numeral.find(); // PILLAR_CODE has already checked that there is one
        return numeral.group();
    }

    private static void setQuantity(Object[] values, String prefix, String text) {
        set(values, prefix + "_text", text);
        if (text == null) {
            return;
        }
        Quantity quantity = MeasureCellParser.parse(text);
        set(values, prefix + "_value", quantity.value());
        set(values, prefix + "_unit", quantity.unit());
        set(values, prefix + "_qualifier", quantity.qualifier());
    }

    private static void set(Object[] values, String column, Object value) {
        values[TABLE.indexOf(column)] = value;
    }

    private static String part(List<String> parts, int index) {
        return index < parts.size() ? parts.get(index) : null;
    }

    private String cell(TabularRow row, String column) {
        return columns.cell(row, column);
    }

    private static RejectedRowException reject(String column, String reason) {
        return new RejectedRowException(column + ": " + reason);
    }
}
