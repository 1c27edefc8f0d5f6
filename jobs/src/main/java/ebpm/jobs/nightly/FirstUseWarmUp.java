package ebpm.jobs.nightly;

import ebpm.evidence.chart.JapaneseFont;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Loads, on the second core while the night starts Spring and its job repository on the first, what the night
 * uses later and is slow to load the first time: DuckDB's native library, Tablesaw (whose first use scans the class
 * path for its readers and writers), POI's XML schema types, the bundled Japanese font and Java2D's text drawing.
 * Each is a class or library the JVM loads once; loading it early changes no result. A failure here is left for
 * the step that needs the library to report, in its own words.
 */
public final class FirstUseWarmUp {

    private FirstUseWarmUp() {
    }

    public static void startInBackground() {
        Thread thread = new Thread(FirstUseWarmUp::warmUp, "ebpm-first-use-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    static void warmUp() {
        quietly(() -> {
            try (Connection ignored = DriverManager.getConnection("jdbc:duckdb:")) {
                // opening an in-memory database loads the native library
            }
        });
        quietly(() -> Class.forName("tech.tablesaw.api.Table"));
        quietly(() -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                workbook.createSheet("warm-up").createRow(0).createCell(0).setCellValue("年度");
                workbook.write(OutputStream.nullOutputStream());
            }
        });
        quietly(() -> {
            BufferedImage image = new BufferedImage(64, 16, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setFont(JapaneseFont.regular(11f));
            graphics.drawString("令和2年度", 0, 12);
            graphics.dispose();
        });
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            // The step that needs it fails with its own message; nothing to say twice.
        }
    }
}
