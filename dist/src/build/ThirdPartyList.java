import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the THIRD-PARTY list of a folder of jars: each jar's Maven coordinates (from the pom.properties inside it)
 * and the licences its POM declares, or the nearest parent POM's (read from the local Maven repository). Run by the
 * dist module's build as a single-file program: java ThirdPartyList.java OUT LOCAL_REPOSITORY TITLE DIR...
 */
public final class ThirdPartyList {

    /** Every jar of the local repository by file name: coordinates for jars without Maven metadata inside. */
    private static final java.util.Map<String, Path> IN_REPOSITORY = new java.util.HashMap<>();

    private static String repositoryRoot;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path repository = Path.of(args[1]);
        repositoryRoot = args[1];
        try (Stream<Path> files = Files.walk(repository)) {
            files.filter(file -> file.toString().endsWith(".jar"))
                    .forEach(file -> IN_REPOSITORY.putIfAbsent(file.getFileName().toString(), file));
        }
        List<String> lines = new ArrayList<>();
        lines.add(args[2]);
        lines.add("");
        lines.add("Each jar below, with the licence(s) its Maven POM (or the nearest parent POM) declares.");
        lines.add("The jars' own META-INF folders carry their LICENSE and NOTICE files where their authors ship them.");
        for (int i = 3; i < args.length; i++) {
            Path folder = Path.of(args[i]);
            lines.add("");
            lines.add(folder.getFileName() + "/");
            List<Path> jars;
            try (Stream<Path> files = Files.list(folder)) {
                jars = files.filter(file -> file.toString().endsWith(".jar")).sorted(Comparator.comparing(Path::toString))
                        .toList();
            }
            for (Path jar : jars) {
                lines.add("  " + describe(jar, repository));
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static String describe(Path jar, Path repository) throws Exception {
        String name = jar.getFileName().toString();
        if (name.equals("ebpm.jar")) {
            return name + " — ebpm itself (the application's classes)";
        }
        Properties coordinates = coordinates(jar, name);
        if (coordinates == null && IN_REPOSITORY.containsKey(name)) {
            // <repository>/<group path>/<artifact>/<version>/<file>
            Path file = IN_REPOSITORY.get(name);
            Path versionFolder = file.getParent();
            Path artifactFolder = versionFolder.getParent();
            coordinates = new Properties();
            coordinates.setProperty("groupId", Path.of(repositoryRoot).relativize(artifactFolder.getParent()).toString()
                    .replace('/', '.'));
            coordinates.setProperty("artifactId", artifactFolder.getFileName().toString());
            coordinates.setProperty("version", versionFolder.getFileName().toString());
        }
        if (coordinates == null) {
            return name + " — licence: see the jar's META-INF (no Maven metadata)";
        }
        String group = coordinates.getProperty("groupId");
        String artifact = coordinates.getProperty("artifactId");
        String version = coordinates.getProperty("version");
        String id = group + ":" + artifact + ":" + version;
        if (group.equals("io.github.ebpm")) {
            return name + " (" + id + ") — ebpm itself";
        }
        String licences = licences(repository, group, artifact, version, 0);
        return name + " (" + id + ") — " + (licences.isEmpty() ? "licence not declared in its POM; see the jar's META-INF"
                : licences);
    }

    /** The pom.properties of the artifact the jar is (a shaded jar holds several: the one named like the jar). */
    private static Properties coordinates(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Properties best = null;
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.getName().startsWith("META-INF/maven/") || !entry.getName().endsWith("/pom.properties")) {
                    continue;
                }
                Properties properties = new Properties();
                try (InputStream in = zip.getInputStream(entry)) {
                    properties.load(in);
                }
                String artifact = properties.getProperty("artifactId", "");
                String version = properties.getProperty("version", "");
                if (name.startsWith(artifact + "-" + version)) {
                    return properties;
                }
                if (best == null && name.startsWith(artifact + "-")) {
                    best = properties;
                }
            }
            return best;
        }
    }

    private static String licences(Path repository, String group, String artifact, String version, int depth)
            throws Exception {
        Path pom = repository.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".pom");
        if (depth > 10 || !Files.isRegularFile(pom)) {
            return "";
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        Element project = document.getDocumentElement();
        List<String> names = new ArrayList<>();
        Element licences = child(project, "licenses");
        if (licences != null) {
            for (Node node = licences.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element licence && licence.getTagName().equals("license")) {
                    Element licenceName = child(licence, "name");
                    Element url = child(licence, "url");
                    String text = licenceName == null ? "" : licenceName.getTextContent().trim();
                    if (url != null && !url.getTextContent().isBlank()) {
                        text += (text.isEmpty() ? "" : " ") + "<" + url.getTextContent().trim() + ">";
                    }
                    if (!text.isEmpty()) {
                        names.add(text.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        if (!names.isEmpty()) {
            return String.join("; ", names);
        }
        Element parent = child(project, "parent");
        if (parent == null) {
            return "";
        }
        return licences(repository, text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version"),
                depth + 1);
    }

    private static Element child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static String text(Element element, String name) {
        Element child = child(element, name);
        return child == null ? "" : child.getTextContent().trim();
    }
}
