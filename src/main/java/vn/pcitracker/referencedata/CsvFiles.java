package vn.pcitracker.referencedata;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The CSV files under the configured data location ({@code classpath:data/} by default). Files are UTF-8
 * with a header row; lines starting with {@code #} are comments, which the data files use to say where
 * figures come from and what is unconfirmed.
 */
public final class CsvFiles {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();

    private final ResourceLoader resourceLoader;
    private final String location;

    CsvFiles(ResourceLoader resourceLoader, String location) {
        this.resourceLoader = resourceLoader;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    /** The rows of {@code path} (for example {@code reference/agencies.csv}); a missing file is an error. */
    public List<CsvRow> read(String path) {
        Resource resource = resourceLoader.getResource(location + path);
        if (!resource.exists()) {
            throw new ReferenceDataException(path, 0, "file not found under " + location);
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<CsvRow> rows = new ArrayList<>();
            for (CSVRecord csvRecord : parser) {
                rows.add(new CsvRow(path, parser.getCurrentLineNumber(), csvRecord));
            }
            return rows;
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new ReferenceDataException(path, 0, "unreadable CSV: " + e.getMessage());
        }
    }
}
