package ebpm.web.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A folder of files as one ZIP download, its entries under one top folder, so that "extract all" gives the files
 * side by side as they were written (a notebook with the extracts and font it reads by relative path).
 */
public final class FolderZip {

    private FolderZip() {
    }

    /** @param top the folder name the entries sit under, e.g. {@code visitor-trend-notebook} */
    public static byte[] of(Path folder, String top) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                zip.putNextEntry(new ZipEntry(top + "/" + relative));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
