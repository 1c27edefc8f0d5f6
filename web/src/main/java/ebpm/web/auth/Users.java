package ebpm.web.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The users file: one line per user, {@code NAME ROLE BCRYPT-HASH} ({@code tanaka planner $2a$12$…},
 * {@code yokohama municipality:141003 $2a$12$…}); {@code #} starts a comment. Written by {@code ebpm users add},
 * read when the server starts.
 */
public final class Users {

    public record Entry(User user, String hash) {
    }

    private final Map<String, Entry> byName;

    private Users(Map<String, Entry> byName) {
        this.byName = byName;
    }

    /** @throws IllegalArgumentException naming the file and line of a line it cannot read */
    public static Users read(Path file) throws IOException {
        Map<String, Entry> users = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 3 || !parts[2].startsWith("$2")) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected NAME ROLE HASH "
                        + "(write the file with 'ebpm users add')");
            }
            try {
                users.put(parts[0], new Entry(User.of(parts[0], parts[1]), parts[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Users(users);
    }

    /** The user whose password this is, or empty: a wrong name and a wrong password take the same time. */
    public Optional<User> authenticate(String name, String password) {
        Entry entry = byName.get(name);
        if (entry == null) {
            PasswordHash.spendCheckTime(password);
            return Optional.empty();
        }
        return PasswordHash.matches(password, entry.hash()) ? Optional.of(entry.user()) : Optional.empty();
    }

    public List<User> all() {
        return byName.values().stream().map(Entry::user).toList();
    }

    /**
     * Adds the user, or gives an existing one the new role and password; the file is replaced whole (written
     * aside, then moved), readable by its owner only.
     */
    public static void add(Path file, User user, String password) throws IOException {
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            read(file); // refuse to extend a file that does not read
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+");
                if (!parts[0].equals(user.name())) {
                    lines.add(line);
                }
            }
        } else {
            lines.add("# ebpm users: NAME ROLE BCRYPT-HASH (written by 'ebpm users add'; roles: planner, operator, "
                    + "municipality:CODE)");
        }
        lines.add(user.name() + " " + user.roleText() + " " + PasswordHash.hash(password));
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path aside = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        Files.deleteIfExists(aside);
        try {
            // Created readable by its owner only: the hashes are never readable by others, not even for a moment.
            Files.createFile(aside, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
        Files.write(aside, lines, StandardCharsets.UTF_8);
        Files.move(aside, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
