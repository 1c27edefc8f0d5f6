package ebpm.analytics.project;

import ebpm.analytics.checksum.Sha256;
import ebpm.analytics.plan.Plans;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rules the office owns, read at run time like a dbt project: models, evidence tables, seeds (reference tables)
 * and {@code ebpm_project.yml} and the plans. The built-in project ships in the jar under {@code ebpm/project/}; an office's
 * project folder lies over it: a file there replaces the built-in file of the same path, and a new file adds a
 * definition. Everything is read once, when the project is opened, so a run sees one consistent set of rules.
 */
public final class Project {

    /** Where the built-in project lies on the classpath (each module adds its part: models, evidence, seeds). */
    public static final String BUILT_IN_ROOT = "ebpm/project/";
    public static final String SETTINGS = "ebpm_project.yml";
    /** The folders a project reads; anything else in a project folder (a README, notes) is the office's own. */
    public static final List<String> FOLDERS = List.of("models/", "evidence/", "seeds/", "plans/");

    private final Optional<Path> folder;
    private final Map<String, ProjectFile> files;
    private final ProjectSettings settings;
    private final Plans plans;
    private final Map<String, ReferenceTable> referenceTables = new LinkedHashMap<>();

    private Project(Optional<Path> folder, Map<String, ProjectFile> builtIn, Map<String, ProjectFile> own) {
        this.folder = folder;
        this.files = new TreeMap<>(builtIn);
        this.files.putAll(own);
        ProjectFile builtInSettings = builtIn.get(SETTINGS);
        if (builtInSettings == null) {
            throw new IllegalStateException("the built-in project has no " + BUILT_IN_ROOT + SETTINGS);
        }
        // The office's file need only say what differs: every key it leaves out keeps the built-in value.
        ProjectSettings defaults = ProjectSettings.parse(builtInSettings.origin(), builtInSettings.text(),
                Optional.empty());
        ProjectFile ownSettings = own.get(SETTINGS);
        this.settings = ownSettings == null ? defaults
                : ProjectSettings.parse(ownSettings.origin(), ownSettings.text(), Optional.of(defaults));
        referenceTables.putAll(Seeds.load(this));
        this.plans = Plans.load(this);
        plans.views().forEach(view -> referenceTables.put(view.name(), view));
        referenceTables.put(ProjectSettings.VIEW, settings.asTable(ownSettings == null ? builtInSettings
                : ownSettings));
    }

    /** The project shipped in the jar. */
    public static Project builtIn() {
        return builtIn(Project.class.getClassLoader());
    }

    /** The built-in project as a class loader sees it (tests add roots of their own). */
    public static Project builtIn(ClassLoader classLoader) {
        return new Project(Optional.empty(), builtInFiles(classLoader), Map.of());
    }

    /**
     * The office's project folder over the built-in project.
     *
     * @throws DefinitionException when the folder is missing or holds no {@code ebpm_project.yml}
     */
    public static Project open(Path folder) {
        return open(folder, Project.class.getClassLoader());
    }

    static Project open(Path folder, ClassLoader classLoader) {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve(SETTINGS))) {
            throw new DefinitionException("project folder " + root + (Files.isDirectory(root)
                    ? " holds no " + SETTINGS : " does not exist")
                    + "; give the folder 'ebpm init' wrote (ebpm init DIR creates one)");
        }
        return new Project(Optional.of(root), builtInFiles(classLoader), folderFiles(root));
    }

    /** The project a command runs: the folder given (or in {@code EBPM_PROJECT}), else the built-in one. */
    public static Project select(Optional<Path> folder) {
        return folder.map(Project::open).orElseGet(Project::builtIn);
    }

    public Optional<Path> folder() {
        return folder;
    }

    /** How runs and lineage name the project: {@code built-in} or the folder. */
    public String description() {
        return folder.map(path -> path + " (over the built-in project)").orElse("built-in project");
    }

    public ProjectSettings settings() {
        return settings;
    }

    /** The plans whose measure sheets land ({@code plans/<id>.yml}). */
    public Plans plans() {
        return plans;
    }

    /** The seeds ({@code seed_<name>}) and {@code project_vars}, by the view name models read them by. */
    public Map<String, ReferenceTable> referenceTables() {
        return Collections.unmodifiableMap(referenceTables);
    }

    /** One seed by its view name, which the built-in project always has. */
    public ReferenceTable referenceTable(String name) {
        ReferenceTable table = referenceTables.get(name);
        if (table == null) {
            throw new DefinitionException("the project has no " + name.replaceFirst("^" + Seeds.VIEW_PREFIX,
                    Seeds.FOLDER) + (name.startsWith(Seeds.VIEW_PREFIX) ? ".csv" : ""));
        }
        return table;
    }

    /** The files below a folder ({@code models/}) whose names end with the suffix, by path. */
    public List<ProjectFile> files(String under, String suffix) {
        return files.values().stream()
                .filter(file -> file.path().startsWith(under) && file.path().endsWith(suffix))
                .toList();
    }

    public Optional<ProjectFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Every file of the project, built-in ones included, by path. */
    public Collection<ProjectFile> files() {
        return files.values();
    }

    /** A SHA-256 over the paths and contents of these files, so that a change to any of them changes it. */
    public String fingerprint(Collection<String> paths) {
        MessageDigest digest = Sha256.newDigest();
        for (String path : paths.stream().sorted().toList()) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            ProjectFile file = files.get(path);
            if (file != null) {
                digest.update(file.content());
            }
            digest.update((byte) 0);
        }
        return Sha256.hex(digest);
    }

    private static Map<String, ProjectFile> builtInFiles(ClassLoader classLoader) {
        ClasspathFolder root = new ClasspathFolder(classLoader, BUILT_IN_ROOT);
        Map<String, ProjectFile> files = new TreeMap<>();
        for (String path : root.list("")) {
            if (path.equals(SETTINGS) || FOLDERS.stream().anyMatch(path::startsWith)) {
                files.put(path, ProjectFile.builtIn(path, root.bytes(path)));
            }
        }
        return files;
    }

    private static Map<String, ProjectFile> folderFiles(Path root) {
        Map<String, ProjectFile> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!hidden(path) && (path.equals(SETTINGS) || FOLDERS.stream().anyMatch(path::startsWith))) {
                    files.put(path, new ProjectFile(path, file.toString(), Files.readAllBytes(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read project folder " + root, e);
        }
        return files;
    }

    /** Editors and Excel leave lock and backup files (~$x.csv, .x.swp) beside the ones they edit. */
    private static boolean hidden(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~");
    }
}
