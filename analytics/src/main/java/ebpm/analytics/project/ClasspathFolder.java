package ebpm.analytics.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Lists and reads the files of one resource folder across the classpath, whether it is a directory
 * (IDE, Maven reactor) or inside a jar (including Spring Boot's nested jars, whose connection is a JarURLConnection),
 * so that catalogs are read from the definitions themselves instead of a hand-kept list.
 */
public final class ClasspathFolder {

    private final ClassLoader classLoader;
    private final String folder;

    public ClasspathFolder(ClassLoader classLoader, String folder) {
        this.classLoader = classLoader;
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    /** Resource names (relative to the folder, sub-folders included) that end with the suffix, sorted. */
    public List<String> list(String suffix) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(folder);
            for (URL root : Collections.list(roots)) {
                names.addAll(listRoot(root));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath folder " + folder, e);
        }
        return names.stream().filter(name -> name.endsWith(suffix)).toList();
    }

    public String read(String relativeName) {
        return new String(bytes(relativeName), StandardCharsets.UTF_8);
    }

    public byte[] bytes(String relativeName) {
        try (InputStream in = classLoader.getResourceAsStream(folder + relativeName)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + folder + relativeName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + relativeName, e);
        }
    }

    public boolean exists(String relativeName) {
        return classLoader.getResource(folder + relativeName) != null;
    }

    private List<String> listRoot(URL root) throws IOException {
        if ("file".equals(root.getProtocol())) {
            return listDirectory(toPath(root));
        }
        if (root.openConnection() instanceof JarURLConnection jar) {
            jar.setUseCaches(false);
            return listJar(jar.getJarFile());
        }
        throw new IOException("unsupported classpath location " + root);
    }

    private static Path toPath(URL root) throws IOException {
        try {
            return Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static List<String> listDirectory(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private List<String> listJar(JarFile jar) {
        List<String> names = new ArrayList<>();
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (!entry.isDirectory() && name.startsWith(folder)) {
                names.add(name.substring(folder.length()));
            }
        }
        return names;
    }
}
