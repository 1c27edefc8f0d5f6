package ebpm.analytics.project;

import ebpm.analytics.area.LocalGovernmentCode;
import ebpm.analytics.lake.ColumnType;
import ebpm.analytics.lake.LakeColumn;
import java.util.ArrayList;
import java.util.TreeMap;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The office's settings from {@code ebpm_project.yml}, read strictly (an unknown key or a wrong type names the file,
 * the line and the key). A project's file need only hold what differs from the built-in one.
 *
 * @param prefectureCode  the prefecture's 6-digit local government code, the area of prefecture-wide values
 * @param prefectureName  its name as planners read it
 * @param timeZone        the office's time zone: a night at 02:30 belongs to the office's date, not the server's
 * @param earliestFiscalYear the earliest fiscal year a landing file may state
 * @param yearsAfterAsOf  how many fiscal years past the run's own a landing file may state (plans look ahead)
 * @param topPages        how many pages a site's top-pages table lists
 * @param freshnessDays   per landing source, the days after which its newest file is overdue
 * @param vars            the office's own variables, read by SQL as text columns of {@code project_vars}
 */
public record ProjectSettings(String prefectureCode, String prefectureName, ZoneId timeZone,
                              int earliestFiscalYear, int yearsAfterAsOf, int topPages,
                              Map<String, Integer> freshnessDays, Map<String, String> vars) {

    private static final List<String> KEYS = List.of("prefecture", "time_zone", "plausible_fiscal_years",
            "top_pages", "freshness_days", "vars");
    /** The view SQL reads the settings from. */
    public static final String VIEW = "project_vars";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    public ProjectSettings {
        freshnessDays = Map.copyOf(freshnessDays);
        vars = Map.copyOf(vars);
    }

    /**
     * @param defaults the values of the keys the file leaves out; empty for the built-in file, which gives them all
     */
    static ProjectSettings parse(String file, String text, Optional<ProjectSettings> defaults) {
        YamlBlock yaml = YamlBlock.parse(file, text).allowOnly(KEYS);
        if (defaults.isEmpty()) {
            KEYS.stream().filter(key -> !key.equals("vars") && !yaml.has(key)).findFirst().ifPresent(key -> {
                throw new DefinitionException(file + ": '" + key + "' is missing");
            });
        }
        Optional<ProjectSettings> base = defaults;
        String code = base.map(ProjectSettings::prefectureCode).orElse(null);
        String name = base.map(ProjectSettings::prefectureName).orElse(null);
        if (yaml.has("prefecture")) {
            YamlBlock prefecture = yaml.block("prefecture").allowOnly(List.of("code", "name"));
            code = prefectureCode(prefecture);
            name = prefecture.text("name");
        }
        int earliest = base.map(ProjectSettings::earliestFiscalYear).orElse(0);
        int after = base.map(ProjectSettings::yearsAfterAsOf).orElse(0);
        if (yaml.has("plausible_fiscal_years")) {
            YamlBlock years = yaml.block("plausible_fiscal_years").allowOnly(List.of("earliest", "after_as_of"));
            earliest = years.integer("earliest", earliest);
            after = years.integer("after_as_of", after);
            if (earliest < 1900 || earliest > 2200 || after < 0 || after > 10) {
                throw yaml.error("plausible_fiscal_years", "earliest must be a year such as 2010 and after_as_of "
                        + "a number of years from 0 to 10");
            }
        }
        int topPages = yaml.integer("top_pages", base.map(ProjectSettings::topPages).orElse(0));
        if (topPages < 1 || topPages > 1000) {
            throw yaml.error("top_pages", "top_pages must be from 1 to 1000, not " + topPages);
        }
        return new ProjectSettings(code, name,
                yaml.has("time_zone") ? timeZone(yaml) : base.map(ProjectSettings::timeZone).orElseThrow(),
                earliest, after, topPages,
                yaml.has("freshness_days") ? freshness(yaml.block("freshness_days"))
                        : base.map(ProjectSettings::freshnessDays).orElse(Map.of()),
                yaml.has("vars") ? vars(yaml.block("vars")) : base.map(ProjectSettings::vars).orElse(Map.of()));
    }

    /**
     * The settings SQL may read, as the one-row view {@code project_vars}: prefecture_code, prefecture_name,
     * top_pages, earliest_fiscal_year and the office's own variables as text.
     */
    public ReferenceTable asTable(ProjectFile file) {
        List<LakeColumn> columns = new ArrayList<>(List.of(LakeColumn.required("prefecture_code", ColumnType.STRING),
                LakeColumn.required("prefecture_name", ColumnType.STRING),
                LakeColumn.required("top_pages", ColumnType.LONG),
                LakeColumn.required("earliest_fiscal_year", ColumnType.LONG)));
        List<Object> row = new ArrayList<>(List.of(prefectureCode, prefectureName, (long) topPages,
                (long) earliestFiscalYear));
        new TreeMap<>(vars).forEach((name, value) -> {
            columns.add(LakeColumn.optional(name, ColumnType.STRING));
            row.add(value);
        });
        return new ReferenceTable(VIEW, file.path(), file.origin(), file.sha256(),
                "ebpm_project.yml: the office's settings", columns, List.of(row));
    }

    private static String prefectureCode(YamlBlock prefecture) {
        String code = prefecture.text("code");
        // A prefecture's own code is its two digits, 000 and the check digit.
        if (!LocalGovernmentCode.isSixDigits(code) || !LocalGovernmentCode.hasValidCheckDigit(code)
                || !code.substring(2, 5).equals("000")) {
            throw prefecture.error("code", "prefecture code '" + code + "' is not a prefecture's 6-digit code with "
                    + "its check digit (Kanagawa: 140007)");
        }
        return code;
    }

    private static ZoneId timeZone(YamlBlock yaml) {
        String zone = yaml.text("time_zone");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw yaml.error("time_zone", "'" + zone + "' is no time zone; write e.g. Asia/Tokyo");
        }
    }

    private static Map<String, Integer> freshness(YamlBlock block) {
        Map<String, Integer> days = new LinkedHashMap<>();
        for (String source : block.keys()) {
            int value = block.integer(source, 0);
            if (value < 1) {
                throw block.error(source, "freshness of '" + source + "' must be a number of days, 1 or more");
            }
            days.put(source, value);
        }
        return days;
    }

    private static Map<String, String> vars(YamlBlock block) {
        Map<String, String> vars = new LinkedHashMap<>();
        block.texts().forEach((name, value) -> {
            if (!NAME.matcher(name).matches() || List.of("prefecture_code", "prefecture_name", "top_pages",
                    "earliest_fiscal_year").contains(name)) {
                throw block.error(name, "variable name '" + name + "' must be lower-case letters, digits and _, "
                        + "starting with a letter, and not one of the settings' own columns");
            }
            vars.put(name, value);
        });
        return vars;
    }
}
