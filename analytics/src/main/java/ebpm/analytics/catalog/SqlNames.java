package ebpm.analytics.catalog;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project names a SQL text reads: words that start with a prefix the project names things by (models
 * {@code stg_}, {@code int_}, {@code ind_}; seeds {@code seed_}; lake tables {@code src_}), outside comments, string
 * literals and quoted column names, where such words are prose (a header comment citing the model it replaces, a
 * code in a WHERE clause), not reads.
 */
public final class SqlNames {

    /**
     * Comments and quoted text, found in one left-to-right pass: a quote inside a comment starts no literal. The
     * quoted forms are possessive, so a long literal does not recurse once per character.
     */
    private static final Pattern NOT_CODE = Pattern.compile(
            "--[^\\n]*|/\\*[\\s\\S]*?\\*/|'[^']*+(?:''[^']*+)*+'|\"[^\"]*+(?:\"\"[^\"]*+)*+\"");
    private static final Pattern NAME = Pattern.compile("\\b(?:stg|int|ind|seed|src)_[a-z0-9_]+\\b");
    /** One pattern per name asked about: the catalog and the evidence ask about the same few dozen names often. */
    private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

    private SqlNames() {
    }

    /** Whether {@code sql} holds {@code name} as a whole word (taking comments out is the caller's choice). */
    public static boolean mentions(String sql, String name) {
        return WORDS.computeIfAbsent(name, word -> Pattern.compile("\\b" + Pattern.quote(word) + "\\b"))
                .matcher(sql).find();
    }

    /** The names read, sorted. */
    public static Set<String> read(String sql) {
        String code = NOT_CODE.matcher(sql).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = NAME.matcher(code);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}
