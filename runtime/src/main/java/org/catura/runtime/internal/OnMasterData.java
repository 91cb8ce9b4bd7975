package org.catura.runtime.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.catura.core.api.db.Database;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.erp.embedded.api.FileImportResult;
import org.catura.erp.embedded.api.MasterData;
import org.catura.erp.embedded.api.MasterDataFiles;
import picocli.CommandLine.Mixin;

/**
 * What the master data commands share: the database, and the embedded ERP's master data. Under
 * another ERP the products, stock, warehouses and company details are kept in that ERP, so the
 * commands refuse instead of writing tables it does not read.
 */
abstract class OnMasterData implements Callable<Integer> {

    /** The ERP's master data in one command's session. */
    record Erps(Database database, Erp erp, MasterData masterData) {
    }

    final Framework framework;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    OnMasterData(Framework framework) {
        this.framework = framework;
    }

    @Override
    public Integer call() throws Exception {
        try (Session session = database.open(framework, 0)) {
            Erp erp = framework.await(Erp.class, Session.SERVICE_TIMEOUT);
            Object kind = framework.serviceProperty(Erp.class, "erp.kind");
            if (!"embedded".equals(kind)) {
                throw new FailureException("The ERP here is " + (kind == null ? "not the embedded one" : "'" + kind
                        + "'") + ": products, stock, warehouses and the company's details are kept in that ERP; "
                        + "maintain them there");
            }
            MasterData masterData = framework.await(MasterData.class, Session.SERVICE_TIMEOUT);
            return run(new Erps(session.database(), erp, masterData), System.out);
        }
    }

    abstract int run(Erps erps, PrintStream out) throws Exception;

    /** One of the master data files, read whole in one transaction, its progress printed. */
    interface FileImport {
        FileImportResult read(MasterDataFiles files, Tx tx, Path file, IntConsumer progress);
    }

    static FileImportResult importFile(Erps erps, Path file, PrintStream out, FileImport kind) {
        existingFile(file);
        MasterDataFiles files = new MasterDataFiles(erps.masterData());
        return erps.database().inTransaction(tx -> kind.read(files, tx, file, n -> out.println("  " + n
                + " rows stored")));
    }

    static Path existingFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("No file " + file.toAbsolutePath());
        }
        return file;
    }
}
