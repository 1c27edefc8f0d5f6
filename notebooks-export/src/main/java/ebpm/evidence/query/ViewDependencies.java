package ebpm.evidence.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks, from the views a session created, the ones a query reads directly or through other views, so a notebook
 * re-creates only what its evidence SQL needs, in the order the session created them.
 */
public final class ViewDependencies {

    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");

    private ViewDependencies() {
    }

    /**
     * @param views statements creating each view, by view name, in creation order (each after those it reads)
     * @return the statements of the views {@code sql} needs, in creation order
     */
    public static List<String> needed(Map<String, String> views, String sql) {
        Set<String> needed = new HashSet<>();
        List<String> pending = new ArrayList<>(List.of(sql));
        while (!pending.isEmpty()) {
            String text = LINE_COMMENT.matcher(pending.remove(pending.size() - 1)).replaceAll("");
            for (Map.Entry<String, String> view : views.entrySet()) {
                if (!needed.contains(view.getKey()) && mentions(text, view.getKey())) {
                    needed.add(view.getKey());
                    pending.add(view.getValue());
                }
            }
        }
        return views.entrySet().stream().filter(view -> needed.contains(view.getKey())).map(Map.Entry::getValue)
                .toList();
    }

    /** Of {@code relations}, those {@code sql} names itself (comments aside), in the order given. */
    public static List<String> readDirectlyBy(String sql, List<String> relations) {
        String text = LINE_COMMENT.matcher(sql).replaceAll("");
        return relations.stream().filter(relation -> mentions(text, relation)).toList();
    }

    private static boolean mentions(String sql, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(sql).find();
    }
}
