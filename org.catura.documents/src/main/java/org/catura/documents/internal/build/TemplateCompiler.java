package org.catura.documents.internal.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time only (exec-maven-plugin, process-classes): compiles every {@code .jrxml} in a folder
 * to {@code .jasper} with the JDK's javac, so the bundle needs no Java compiler at run time.
 * Arguments: the templates' folder, the output folder.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler <jrxml folder> <output folder>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        // jasperreports-jdt (ECJ) is not on the class path: javac through javax.tools instead
        DefaultJasperReportsContext.getInstance().setProperty("net.sf.jasperreports.compiler.java",
                "net.sf.jasperreports.engine.design.JRJdk13Compiler");
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        if (templates.isEmpty()) {
            throw new IllegalStateException("no .jrxml in " + source);
        }
        for (Path t : templates) {
            String name = t.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            JasperCompileManager.compileReportToFile(t.toString(), target.resolve(name).toString());
            System.out.println("compiled " + t.getFileName() + " -> " + name);
        }
    }
}
