package org.catura.erp.embedded.api;

import java.nio.file.Path;
import java.util.List;
import org.catura.core.api.erp.ErpException;

/** A master data file refused: every problem found in it, one a line; nothing of the file was stored. */
public class MasterDataFileException extends ErpException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowProblem> problems;

    public MasterDataFileException(Path file, List<RowProblem> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    private static String message(Path file, List<RowProblem> problems) {
        StringBuilder text = new StringBuilder(file == null ? "The file" : String.valueOf(file.getFileName()))
                .append(" was not imported (nothing of it is stored), ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        text.append(System.lineSeparator()).append("Fix the file and import it again.");
        return text.toString();
    }
}
