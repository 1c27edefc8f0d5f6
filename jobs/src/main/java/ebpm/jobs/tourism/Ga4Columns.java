package ebpm.jobs.tourism;

import ebpm.jobs.landing.LandingFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a Google Analytics 4 page report, as GA4 names them in Japanese or English. Headers are matched
 * without regard to spaces or case (GA4 has written both {@code ページ パス} and {@code ページパス}), and read under
 * their Japanese names.
 */
final class Ga4Columns {

    static final String DATE = "日付";
    static final String PAGE_PATH = "ページ パスとスクリーン クラス";
    static final String PAGE_TITLE = "ページ タイトルとスクリーン クラス";
    static final String VIEWS = "表示回数";
    static final String ACTIVE_USERS = "アクティブ ユーザー";

    static final List<String> REQUIRED = List.of(DATE, PAGE_PATH, PAGE_TITLE, VIEWS);

    private static final Map<String, String> ENGLISH = Map.of(
            DATE, "Date",
            PAGE_PATH, "Page path and screen class",
            PAGE_TITLE, "Page title and screen class",
            VIEWS, "Views",
            ACTIVE_USERS, "Active users");

    private Ga4Columns() {
    }

    /**
     * The header with every GA4 column under its Japanese name; other columns keep theirs.
     *
     * @throws LandingFileException naming each required column the header lacks, in both languages
     */
    static List<String> canonical(Path file, List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        for (String cell : header) {
            names.add(canonicalName(cell));
        }
        List<String> missing = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!names.contains(column)) {
                missing.add(column + " (" + ENGLISH.get(column) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new LandingFileException(file, "is not a GA4 page report: missing column(s) "
                    + String.join(", ", missing) + "; export the report with the dimensions date, page path and "
                    + "page title and the metric views");
        }
        return names;
    }

    private static String canonicalName(String cell) {
        String key = key(cell);
        for (Map.Entry<String, String> column : ENGLISH.entrySet()) {
            if (key.equals(key(column.getKey())) || key.equals(key(column.getValue()))) {
                return column.getKey();
            }
        }
        return cell;
    }

    private static String key(String name) {
        return name.replaceAll("[\\s\\u3000]", "").toLowerCase(Locale.ROOT);
    }
}
