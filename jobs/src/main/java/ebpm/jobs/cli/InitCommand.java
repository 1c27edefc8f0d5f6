package ebpm.jobs.cli;

import ebpm.analytics.project.ClasspathFolder;
import ebpm.analytics.project.Project;
import ebpm.analytics.project.ProjectFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ebpm init DIR}: a copy of the built-in project for the office to own, so that a SQL fix, a new indicator
 * or a new site is an edit in a folder, not a rebuild of the jar.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a project folder to start from: a copy of the built-in models, evidence tables, seeds "
                + "and ebpm_project.yml, with a README.md saying what each folder is.",
                "Then edit it and run every command with --project DIR (or set EBPM_PROJECT=DIR)."})
final class InitCommand implements Callable<Integer> {

    /** The project's own README, in plain words for the analysts who own the folder. */
    static final String README = "README.md";

    @Parameters(paramLabel = "DIR", description = "the folder to write; it must be empty or new")
    Path folder;

    @Option(names = "--force", description = "write into a folder that is not empty, replacing files of the same "
            + "name (other files stay)")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            System.err.println("ebpm: " + folder + " is a file, not a folder");
            return EbpmCommand.USAGE;
        }
        if (!force && holdsFiles(folder)) {
            System.err.println("ebpm: " + folder.toAbsolutePath().normalize() + " is not empty; give an empty or new "
                    + "folder, or --force to write the built-in files over the ones of the same name");
            return EbpmCommand.USAGE;
        }
        Project builtIn = Project.builtIn();
        List<String> replaced = new ArrayList<>();
        for (ProjectFile file : builtIn.files()) {
            if (write(folder.resolve(file.path()), file.content())) {
                replaced.add(file.path());
            }
        }
        if (write(folder.resolve(README), readme())) {
            replaced.add(README);
        }
        Path root = folder.toAbsolutePath().normalize();
        System.out.println("Wrote the built-in project to " + root + ": " + builtIn.files().size() + " files and "
                + README);
        for (String line : summary(builtIn)) {
            System.out.println("  " + line);
        }
        if (!replaced.isEmpty()) {
            System.out.println("Replaced " + replaced.size() + " files that differed from the built-in ones: "
                    + String.join(", ", replaced));
        }
        System.out.println();
        System.out.println("Next:");
        System.out.println("  ebpm catalog --check --project " + root + "    # check it after each edit");
        System.out.println("  ebpm nightly --project " + root + "            # run the night with it");
        System.out.println("  export EBPM_PROJECT=" + root + "                # or choose it for every command");
        return 0;
    }

    /** One line a folder: how many files and what they are. */
    private static List<String> summary(Project project) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-22s %s", Project.SETTINGS, "the office's settings"));
        for (String[] folder : List.of(
                new String[] {"seeds/", "reference tables (参照表), CSV with a YAML of their columns"},
                new String[] {"models/staging/", "stg_ models: each landing source cleaned"},
                new String[] {"models/intermediate/", "int_ models: sources combined"},
                new String[] {"models/indicators/", "ind_ models: one indicator (指標) each"},
                new String[] {"evidence/", "evidence tables (エビデンス表)"},
                new String[] {"plans/", "plans (計画): years, levels, indicator kinds, legend"})) {
            lines.add(String.format("%-22s %3d files: %s", folder[0], count(project, folder[0]), folder[1]));
        }
        lines.add(String.format("%-22s %s", README, "what each folder is, how to check and run it"));
        return lines;
    }

    private static long count(Project project, String under) {
        return project.files().stream().filter(file -> file.path().startsWith(under)).count();
    }

    private static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    /** @return whether a different file of that name was there (only with --force) */
    private static boolean write(Path file, byte[] content) throws IOException {
        boolean replaces = Files.isRegularFile(file) && !Arrays.equals(Files.readAllBytes(file), content);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return replaces;
    }

    private static byte[] readme() {
        return new ClasspathFolder(InitCommand.class.getClassLoader(), "ebpm/init/").bytes(README);
    }
}
