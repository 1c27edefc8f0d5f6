package ebpm.jobs.sample;

import ebpm.jobs.landing.TabularFile;
import ebpm.jobs.landing.TabularFiles;
import ebpm.jobs.landing.TabularOptions;
import ebpm.jobs.landing.TabularRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Japan's national holidays (国民の祝日・休日) from the Cabinet Office's list as published: CP932, one holiday per
 * row, dates like {@code 2020/5/6} in the first column.
 */
final class Holidays {

    private final Set<LocalDate> days;

    private Holidays(Set<LocalDate> days) {
        this.days = days;
    }

    static Holidays read(Path file) throws IOException {
        Set<LocalDate> days = new HashSet<>();
        try (TabularFile table = TabularFiles.open(file, TabularOptions.defaults())) {
            for (TabularRow row = table.next(); row != null; row = table.next()) {
                String[] parts = row.cell(0).strip().split("/");
                if (parts.length != 3) {
                    throw new IOException(file + " line " + row.lineNumber() + ": '" + row.cell(0)
                            + "' is not a date like 2020/5/6");
                }
                days.add(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2])));
            }
        }
        return new Holidays(Set.copyOf(days));
    }

    boolean contains(LocalDate day) {
        return days.contains(day);
    }

    int size() {
        return days.size();
    }
}
