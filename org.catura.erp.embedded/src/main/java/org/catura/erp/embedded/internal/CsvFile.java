package org.catura.erp.embedded.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.catura.erp.embedded.api.MasterDataFileException;
import org.catura.erp.embedded.api.RowProblem;

/**
 * A master data file as a spreadsheet saves it: UTF-8 with or without a byte order mark, a header
 * row, comma or semicolon separated (whichever the header uses; a German Excel writes semicolons),
 * fields quoted where needed. Rows carry the line they start on, so a problem can name it.
 */
public final class CsvFile {

    /** One data row: its line in the file and its cells by column name (blank cells as null). */
    public record Row(long line, Map<String, String> cells) {

        public String get(String column) {
            return cells.get(column);
        }
    }

    private final char delimiter;
    private final List<Row> rows;
    private final List<RowProblem> problems;

    private CsvFile(char delimiter, List<Row> rows, List<RowProblem> problems) {
        this.delimiter = delimiter;
        this.rows = rows;
        this.problems = problems;
    }

    /** Reads the whole file; refused with every problem of the header or the encoding at once. */
    public static CsvFile read(Path file, List<String> columns) {
        String text = decode(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstBreak = text.indexOf('\n');
        String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        long[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<String> names = null;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                long line = lineOf(lineStarts, startOf(text, record.getCharacterPosition()));
                if (names == null) {
                    names = header(file, record, columns, line);
                    continue;
                }
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != names.size()) {
                    problems.add(new RowProblem(line, null, record.size() + " field(s) where the header has "
                            + names.size() + (record.size() > names.size() ? " (a value with a '" + delimiter
                                    + "' must be in double quotes)" : "")));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    String value = record.get(i);
                    cells.put(names.get(i), value.isBlank() ? null : value.strip());
                }
                rows.add(new Row(line, cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports an unclosed quote this way, with the line in its message.
            throw new MasterDataFileException(file, List.of(new RowProblem(0, null, "not readable as CSV: "
                    + e.getMessage())));
        }
        if (names == null) {
            throw new MasterDataFileException(file, List.of(new RowProblem(1, null, "the file is empty; the header "
                    + String.join(String.valueOf(delimiter), columns) + " is expected")));
        }
        return new CsvFile(delimiter, List.copyOf(rows), List.copyOf(problems));
    }

    public List<Row> rows() {
        return rows;
    }

    /** Rows that could not be split into the header's columns (they are not in {@link #rows()}). */
    public List<RowProblem> problems() {
        return problems;
    }

    /** The separator the header used: ';' or ','. */
    public char delimiter() {
        return delimiter;
    }

    private static List<String> header(Path file, CSVRecord record, List<String> columns, long line) {
        List<String> names = record.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        Set<String> missing = new LinkedHashSet<>(columns);
        missing.removeAll(names);
        Set<String> unknown = new LinkedHashSet<>(names);
        unknown.removeAll(columns);
        List<RowProblem> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(new RowProblem(line, null, "the header lacks the column(s) " + String.join(", ", missing)));
        }
        if (!unknown.isEmpty()) {
            problems.add(new RowProblem(line, null, "the header has unknown column(s) " + String.join(", ", unknown)
                    + "; expected " + String.join(",", columns)));
        }
        if (names.size() != Set.copyOf(names).size()) {
            problems.add(new RowProblem(line, null, "the header names a column twice"));
        }
        if (!problems.isEmpty()) {
            throw new MasterDataFileException(file, problems);
        }
        return names;
    }

    private static String decode(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MasterDataFileException(file, List.of(new RowProblem(0, null,
                    "not UTF-8; save it as 'CSV UTF-8' and import it again")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long[] lineStarts(String text) {
        long[] starts = new long[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    /** Where the record's first field starts: Commons CSV counts from before the empty lines it skipped. */
    private static long startOf(String text, long position) {
        int i = (int) position;
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static long lineOf(long[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, position);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
