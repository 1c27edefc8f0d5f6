package ebpm.evidence.query;

import ebpm.analytics.catalog.SqlNames;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks, from the relations a session holds, the ones a query names itself, so a notebook is given the rows of
 * exactly what its evidence SQL reads.
 */
public final class ViewDependencies {

    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");

    private ViewDependencies() {
    }

    /** Of {@code relations}, those {@code sql} names itself (comments aside), in the order given. */
    public static List<String> readDirectlyBy(String sql, List<String> relations) {
        String text = LINE_COMMENT.matcher(sql).replaceAll("");
        return relations.stream().filter(relation -> SqlNames.mentions(text, relation)).toList();
    }
}
