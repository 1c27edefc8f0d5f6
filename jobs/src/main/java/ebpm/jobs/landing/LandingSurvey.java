package ebpm.jobs.landing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every file under the landing folder that no source reads — at the landing root, or in a folder no source is named
 * after ({@code Health/}, {@code measure/}) — with a hint at the folder meant, so that no file is ignored without a
 * word: the night lists them and the manifest records them.
 */
public final class LandingSurvey {

    /**
     * A file no source reads, and what to do about it.
     *
     * @param folder the folder below the landing folder it lies in, or {@code (landing root)}
     */
    public record Unread(Path file, String landingPath, String folder, String hint) {
    }

    private LandingSurvey() {
    }

    public static List<Unread> unread(Path landing, List<String> sources) throws IOException {
        List<Unread> unread = new ArrayList<>();
        for (Path file : LandingFiles.all(landing)) {
            String landingPath = LandingFiles.landingPath(landing, file);
            int slash = landingPath.indexOf('/');
            String folder = slash < 0 ? "" : landingPath.substring(0, slash);
            if (!sources.contains(folder)) {
                unread.add(new Unread(file, landingPath, folder.isEmpty() ? "(landing root)" : folder,
                        hint(folder, sources)));
            }
        }
        return unread;
    }

    static String hint(String folder, List<String> sources) {
        String folders = String.join(", ", sources.stream().map(source -> source + "/").toList());
        if (folder.isEmpty()) {
            return "lies at the landing root, which no source reads; put it in the folder of its source (" + folders
                    + ")";
        }
        return "no source reads " + folder + "/" + meant(folder, sources).map(source -> "; did you mean " + source
                + "/?").orElse("; the sources' folders are " + folders);
    }

    /** The source folder a misspelt one most likely means: the same but for case, or two edits away at most. */
    private static Optional<String> meant(String folder, List<String> sources) {
        String lower = folder.toLowerCase(Locale.ROOT).replace('_', '-');
        return EditDistance.closest(lower, sources, 2);
    }
}
