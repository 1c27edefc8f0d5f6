package ebpm.evidence.export;

/**
 * The one line a report prints under a table it quotes: what it draws on, in words, and who made it when, e.g.
 * {@code 出典: 神奈川県「入込観光客調査」 ／ 作成: ebpm 2026-11-21}. The audit lineage (files, checksums, SQL) stays
 * beside it for whoever must trace a number; this line is what a planner pastes.
 */
public final class SourceLine {

    private SourceLine() {
    }

    public static String of(Lineage lineage) {
        String made = "作成: ebpm " + lineage.generatedOn();
        return lineage.publications().isEmpty()
                ? made
                : "出典: " + String.join("、", lineage.publications()) + " ／ " + made;
    }
}
