package ebpm.analytics.indicatordb;

import ebpm.analytics.project.ClasspathFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The versions of the indicator database's schema, read from the migration files themselves: {@code
 * V<n>__<words>.sql}, numbered from 1 without gaps, the same DDL on DuckDB and PostgreSQL. Where a version needs
 * another dialect on one of them, a file {@code V<n>__<words>.<dialect>.sql} beside it ({@code duckdb},
 * {@code postgresql}) is taken there instead.
 */
public final class Migrations {

    public static final String FOLDER = "ebpm/indicatordb/migrations";
    private static final Pattern FILE = Pattern.compile("V(\\d+)__(\\w+?)(?:\\.(duckdb|postgresql))?\\.sql");

    private final List<Migration> all;

    private Migrations(List<Migration> all) {
        this.all = all;
    }

    /** The migrations this ebpm ships, for the database a product name names (JDBC's getDatabaseProductName). */
    public static Migrations forDatabase(String productName) {
        return in(new ClasspathFolder(Migrations.class.getClassLoader(), FOLDER), productName);
    }

    static Migrations in(ClasspathFolder folder, String productName) {
        String dialect = productName.toLowerCase(Locale.ROOT);
        Map<Integer, String> chosen = new TreeMap<>();
        for (String name : folder.list(".sql")) {
            Matcher file = FILE.matcher(name);
            if (!file.matches()) {
                throw new IllegalStateException("migration " + FOLDER + "/" + name
                        + " is not named V<version>__<words>.sql or V<version>__<words>.<dialect>.sql");
            }
            int version = Integer.parseInt(file.group(1));
            if (file.group(3) == null) {
                chosen.putIfAbsent(version, name);
            } else if (file.group(3).equals(dialect)) {
                chosen.put(version, name);
            }
        }
        List<Migration> migrations = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : chosen.entrySet()) {
            if (entry.getKey() != migrations.size() + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3 … without gaps: "
                        + "version " + (migrations.size() + 1) + " is missing in " + FOLDER);
            }
            Matcher file = FILE.matcher(entry.getValue());
            file.matches();
            migrations.add(new Migration(entry.getKey(), file.group(2).replace('_', ' '),
                    folder.read(entry.getValue())));
        }
        return new Migrations(migrations);
    }

    /** The version a database is at once every migration is applied: the one this ebpm needs. */
    public int latest() {
        return all.size();
    }

    /** The migrations a database at this version lacks, in the order they apply. */
    public List<Migration> after(int version) {
        return all.subList(Math.min(version, all.size()), all.size());
    }
}
