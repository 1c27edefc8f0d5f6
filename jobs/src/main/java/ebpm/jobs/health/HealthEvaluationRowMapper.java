package ebpm.jobs.health;

import static ebpm.jobs.health.HealthEvaluationSource.*;

import ebpm.analytics.lake.LakeTable;
import ebpm.analytics.lake.LakeTables;
import ebpm.analytics.period.FiscalYear;
import ebpm.jobs.landing.ExcelText;
import ebpm.jobs.landing.HeaderIndex;
import ebpm.jobs.landing.MappedRow;
import ebpm.jobs.landing.PlausibleYears;
import ebpm.jobs.landing.RejectedRowException;
import ebpm.jobs.landing.RowMapper;
import ebpm.jobs.landing.TabularRow;
import ebpm.jobs.reference.Municipalities;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Validates one evaluation row — one of the prefecture's municipalities by its code with its check digit and its
 * own name, counts that nest (participants within the eligible, completers within the participants), non-negative
 * numbers, 有 or 無 for the prefecture's support — and turns it into one lake row. An outcome indicator whose better
 * direction the project does not know lands all the same (its participation counts) and is named in a note.
 */
final class HealthEvaluationRowMapper implements RowMapper {

    private static final LakeTable TABLE = LakeTables.HEALTH_EVALUATIONS;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern NEGATIVE = Pattern.compile("[-−▲△]\\s*\\d.*");

    private final HeaderIndex columns;
    private final Municipalities municipalities;
    private final OutcomeIndicators indicators;
    private final PlausibleYears years;
    /** Outcome indicators not in the seed, with the number of rows that use each. */
    private final Map<String, Integer> unknownIndicators = new TreeMap<>();
    /** Fiscal year × municipality × project → line where it was first seen: one file states each once. */
    private final Map<List<Object>, Long> seen = new HashMap<>();

    HealthEvaluationRowMapper(HeaderIndex columns, Municipalities municipalities, OutcomeIndicators indicators,
                              PlausibleYears years) {
        this.columns = columns;
        this.municipalities = municipalities;
        this.indicators = indicators;
        this.years = years;
    }

    @Override
    public List<MappedRow> map(TabularRow row) {
        int fiscalYear = fiscalYear(row);
        String code = municipalityCode(row);
        String name = municipalityName(row, code);
        String project = columns.required(row, PROJECT);
        long eligible = count(row, ELIGIBLE);
        long participants = count(row, PARTICIPANTS);
        Long completers = optionalCount(row, COMPLETERS);
        if (participants > eligible) {
            throw reject(PARTICIPANTS, participants + " exceeds " + ELIGIBLE + " " + eligible,
                    participants + " が" + ELIGIBLE + "（" + eligible + "）を超えています");
        }
        if (completers != null && completers > participants) {
            throw reject(COMPLETERS, completers + " exceeds " + PARTICIPANTS + " " + participants,
                    completers + " が" + PARTICIPANTS + "（" + participants + "）を超えています");
        }
        String indicator = OutcomeIndicators.canonical(columns.required(row, INDICATOR));
        Double before = value(row, BEFORE);
        Double after = value(row, AFTER);
        if ((before == null) != (after == null)) {
            throw reject(before == null ? BEFORE : AFTER, "is empty while "
                    + (before == null ? AFTER : BEFORE) + " is given; give both or neither",
                    "空ですが " + (before == null ? AFTER : BEFORE) + " は書かれています。両方書くか、両方空にしてください");
        }
        boolean supported = supported(row);
        rejectDuplicate(row, fiscalYear, code, project);
        if (!indicators.known(indicator)) {
            unknownIndicators.merge(indicator, 1, Integer::sum);
        }

        Object[] values = new Object[TABLE.columns().size()];
        set(values, "municipality_code", code);
        set(values, "municipality_name", name);
        set(values, "project_name", project);
        set(values, "project_category", columns.required(row, CATEGORY));
        set(values, "eligible", eligible);
        set(values, "participants", participants);
        set(values, "completers", completers);
        set(values, "outcome_indicator", indicator);
        set(values, "outcome_unit", columns.optional(row, UNIT));
        set(values, "value_before", before);
        set(values, "value_after", after);
        set(values, "prefecture_supported", supported);
        return List.of(new MappedRow(fiscalYear, values));
    }

    /** Each outcome indicator the seed does not know: what it costs and how to mend it. */
    @Override
    public List<String> finish() {
        return unknownIndicators.entrySet().stream().map(unknown -> String.format("%s '%s' (%d row(s)) is not in "
                + "%s: participation is counted, the improvement stays empty until it is added there with "
                + "better=lower or higher", INDICATOR, unknown.getKey(), unknown.getValue(),
                OutcomeIndicators.SEED_FILE)).toList();
    }

    private int fiscalYear(TabularRow row) {
        String text = columns.required(row, FISCAL_YEAR);
        int year = FiscalYear.parse(text).orElseThrow(() -> reject(FISCAL_YEAR,
                "'" + text + "' is not a fiscal year (write 2020, 令和2年度 or R2)",
                "「" + text + "」は年度として読めません（2020、令和2年度、R2 のように書いてください）"));
        return years.check(FISCAL_YEAR, year, "fiscal year");
    }

    private String municipalityCode(TabularRow row) {
        String code = ExcelText.withoutPointZero(halfWidth(columns.required(row, MUNICIPALITY_CODE)));
        municipalities.problemInBoth(code).ifPresent(problem -> {
            throw reject(MUNICIPALITY_CODE, problem.english(), problem.japanese());
        });
        return code;
    }

    /** The listed name, once the name as written is found to be the code's. */
    private String municipalityName(TabularRow row, String code) {
        String written = columns.required(row, MUNICIPALITY_NAME);
        String listed = municipalities.find(code).orElseThrow().name();
        if (!municipalities.nameMatches(code, written)) {
            throw reject(MUNICIPALITY_NAME, "'" + written + "' is not the name of " + code + " (" + listed + ")",
                    "「" + written + "」は " + code + " の市町村名ではありません（" + code + " は" + listed + "です）");
        }
        return listed;
    }

    private long count(TabularRow row, String column) {
        return parseCount(column, columns.required(row, column));
    }

    private Long optionalCount(TabularRow row, String column) {
        String text = columns.optional(row, column);
        return text == null ? null : parseCount(column, text);
    }

    private static long parseCount(String column, String text) {
        String digits = ExcelText.withoutPointZero(withoutThousandsSeparators(text));
        rejectNegative(column, text, digits);
        if (!WHOLE_NUMBER.matcher(digits).matches() || digits.length() > 15) {
            throw reject(column, "'" + text + "' is not a whole number of people",
                    "「" + text + "」は人数（0以上の整数）として読めません");
        }
        return Long.parseLong(digits);
    }

    private Double value(TabularRow row, String column) {
        String text = columns.optional(row, column);
        if (text == null) {
            return null;
        }
        String digits = withoutThousandsSeparators(text);
        rejectNegative(column, text, digits);
        if (!DECIMAL.matcher(digits).matches()) {
            throw reject(column, "'" + text + "' is not a number", "「" + text + "」は数値として読めません");
        }
        return Double.valueOf(digits);
    }

    private boolean supported(TabularRow row) {
        String text = halfWidth(columns.required(row, SUPPORTED));
        return switch (text) {
            case "有", "有り", "あり", "有る", "ある" -> true;
            case "無", "無し", "なし", "無い", "ない" -> false;
            default -> throw reject(SUPPORTED, "'" + text + "' is not 有 or 無 (有り/あり and 無し/なし are read too)",
                    "「" + text + "」は 有 か 無 で書いてください（有り・あり、無し・なしも読めます）");
        };
    }

    private void rejectDuplicate(TabularRow row, int fiscalYear, String code, String project) {
        Long first = seen.putIfAbsent(List.of(fiscalYear, code, project), row.lineNumber());
        if (first != null) {
            throw new RejectedRowException("duplicate evaluation: 年度 " + fiscalYear + ", " + code + ", " + project
                    + " is already on line " + first, "同じ評価が2回あります: " + fiscalYear + "年度・" + code + "・" + project
                    + " は " + first + " 行目にもあります");
        }
    }

    private static void rejectNegative(String column, String text, String digits) {
        if (NEGATIVE.matcher(digits).matches()) {
            throw reject(column, "'" + text + "' is negative; counts and values cannot be",
                    "「" + text + "」は負の数です。人数と値は0以上で書いてください");
        }
    }

    private static String withoutThousandsSeparators(String text) {
        return halfWidth(text).replace(",", "");
    }

    private static String halfWidth(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static void set(Object[] values, String column, Object value) {
        values[TABLE.indexOf(column)] = value;
    }

    private static RejectedRowException reject(String column, String reason, String japanese) {
        return new RejectedRowException(column + ": " + reason, column + ": " + japanese);
    }
}
